#!/usr/bin/env pwsh
# The one build entry point: dotnet tool restore && dotnet pwsh build.ps1 <target>
#   build  compile the solution (Release)
#   test   run every test project and print "tests: N passed, N failed, N skipped"
#   bench  run the benchmarks and print their JSON
#   demo   build and run the end-to-end demonstration
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'bench', 'demo')]
    [string] $Target = 'build',

    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]] $Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Invoke-Checked([string] $what, [scriptblock] $command) {
    & $command
    if ($LASTEXITCODE -ne 0) {
        Write-Host "error: $what failed (exit $LASTEXITCODE)"
        exit $LASTEXITCODE
    }
}

function Build-Solution {
    Invoke-Checked 'build' { dotnet build (Join-Path $root 'SlicerBridge.sln') -c Release --nologo -v minimal }
}

# The DICOMweb integration tests need an Orthanc. Start a throw-away one on loopback when this machine
# has it or can install it (root); otherwise those tests report themselves skipped, except under CI,
# where they fail.
function Start-Orthanc {
    if ($env:SLICERBRIDGE_DICOMWEB_URL -or -not $IsLinux) { return $null }
    $canRun = (Get-Command Orthanc -ErrorAction SilentlyContinue) -or ((& id -u) -eq '0')
    if (-not $canRun) {
        Write-Host 'note: Orthanc is not installed and cannot be installed without root; DICOMweb tests will be skipped'
        return $null
    }
    $lines = & bash (Join-Path $root 'scripts/orthanc/start-orthanc.sh')
    if ($LASTEXITCODE -ne 0) {
        Write-Host 'note: Orthanc did not start; DICOMweb tests will be skipped (or fail under CI)'
        return $null
    }
    $values = @{}
    foreach ($line in $lines) {
        if ($line -match '^([A-Z_]+)=(.*)$') { $values[$Matches[1]] = $Matches[2] }
    }
    $env:SLICERBRIDGE_DICOMWEB_URL = $values['DICOMWEB_URL']
    return $values['ORTHANC_PID']
}

# The Slicer plugin's Python client tests run against a real server process. They need Debian's
# python3-grpcio, python3-protobuf, python3-numpy and python3-pytest; without them they are skipped
# with a note, except under CI, where that is a failure.
function Invoke-PluginTests([string] $results) {
    & /usr/bin/python3 -c 'import grpc, google.protobuf, numpy, pytest' 2>$null
    if ($LASTEXITCODE -ne 0) {
        Write-Host 'note: python3-grpcio, python3-protobuf, python3-numpy or python3-pytest missing; Slicer plugin tests skipped'
        if ($env:CI -eq 'true') { return 1 }
        return 0
    }
    $env:SLICERBRIDGE_DLL = Join-Path $root 'src/SlicerBridge.Cli/bin/Release/net10.0/slicerbridge.dll'
    try {
        & bash (Join-Path $root 'plugin/slicer/run_tests.sh') "--junitxml=$(Join-Path $results 'plugin.junit.xml')" | Out-Host
        return $LASTEXITCODE
    }
    finally {
        Remove-Item Env:SLICERBRIDGE_DLL -ErrorAction SilentlyContinue
    }
}

function Invoke-Tests {
    Build-Solution
    $results = Join-Path $root 'artifacts/test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    $orthancPid = Start-Orthanc
    try {
        dotnet test (Join-Path $root 'SlicerBridge.sln') -c Release --no-build --nologo `
            --logger 'trx' --logger 'console;verbosity=minimal' --results-directory $results
        $testExit = $LASTEXITCODE
    }
    finally {
        if ($orthancPid) {
            & bash (Join-Path $root 'scripts/orthanc/stop-orthanc.sh') $orthancPid
            Remove-Item Env:SLICERBRIDGE_DICOMWEB_URL -ErrorAction SilentlyContinue
        }
    }

    $pythonExit = Invoke-PluginTests $results

    $passed = 0; $failed = 0; $skipped = 0
    foreach ($junit in Get-ChildItem -Path $results -Filter *.junit.xml -ErrorAction SilentlyContinue) {
        foreach ($suite in ([xml](Get-Content -Raw -LiteralPath $junit.FullName)).SelectNodes('//testsuite')) {
            $suiteFailed = [int]$suite.failures + [int]$suite.errors
            $passed += [int]$suite.tests - $suiteFailed - [int]$suite.skipped
            $failed += $suiteFailed
            $skipped += [int]$suite.skipped
        }
    }
    foreach ($trx in Get-ChildItem -Path $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -Raw -LiteralPath $trx.FullName)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }
    Write-Host "tests: $passed passed, $failed failed, $skipped skipped"
    if ($testExit -ne 0 -or $pythonExit -ne 0 -or $failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Bench {
    # The DICOMweb fetch benchmark needs an Orthanc; the others run without one.
    $orthancPid = Start-Orthanc
    try {
        Invoke-Checked 'bench' {
            dotnet run -c Release --project (Join-Path $root 'tests/SlicerBridge.Benchmarks') -- @Rest
        }
    }
    finally {
        if ($orthancPid) {
            & bash (Join-Path $root 'scripts/orthanc/stop-orthanc.sh') $orthancPid
            Remove-Item Env:SLICERBRIDGE_DICOMWEB_URL -ErrorAction SilentlyContinue
        }
    }
}

# The newcomer's tour: score the committed synthetic patient with the committed demonstration model,
# write the result and the tumour-board panel, and point at the model's training report.
function Invoke-Demo {
    Build-Solution
    $cli = Join-Path $root 'src/SlicerBridge.Cli/bin/Release/net10.0/slicerbridge.dll'
    $models = Join-Path $root 'samples/models'
    $model = Get-ChildItem -Path $models -Filter *.model.json -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $model) {
        $data = Join-Path $root 'tests/fixtures/pyradiomics/data'
        Write-Host 'demo: no demonstration model is committed yet (samples/models); extracting the features of PyRadiomics test case brain1 instead:'
        Invoke-Checked 'demo extraction' {
            dotnet $cli extract --image (Join-Path $data 'brain1_image.nrrd') --mask (Join-Path $data 'brain1_label.nrrd')
        }
        return
    }

    $patient = Join-Path $root 'samples/patient-001'
    $out = Join-Path $root 'artifacts/demo'
    New-Item -ItemType Directory -Force -Path $out | Out-Null
    $score = @('score', '--model', $model.FullName,
        '--arterial', (Join-Path $patient 'arterial.nrrd'), '--arterial-mask', (Join-Path $patient 'arterial_mask_A.nrrd'),
        '--venous', (Join-Path $patient 'venous.nrrd'), '--venous-mask', (Join-Path $patient 'venous_mask_A.nrrd'),
        '--afp', '350')
    Invoke-Checked 'demo scoring' { dotnet $cli @score --panel (Join-Path $out 'risk-panel.html') }
    Invoke-Checked 'demo scoring (json)' { dotnet $cli @score --format json --out (Join-Path $out 'score.json') }
    $report = Join-Path $models ($model.Name -replace '\.model\.json$', '.report.html')
    Write-Host ''
    Write-Host "demo: result            $(Join-Path $out 'score.json')"
    Write-Host "demo: risk panel        $(Join-Path $out 'risk-panel.html')"
    if (Test-Path $report) { Write-Host "demo: training report   $report" }
}

switch ($Target) {
    'build' { Build-Solution }
    'test' { Invoke-Tests }
    'bench' { Invoke-Bench }
    'demo' { Invoke-Demo }
}
