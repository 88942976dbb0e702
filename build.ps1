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

function Invoke-Tests {
    Build-Solution
    $results = Join-Path $root 'artifacts/test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    dotnet test (Join-Path $root 'SlicerBridge.sln') -c Release --no-build --nologo `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory $results
    $testExit = $LASTEXITCODE

    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem -Path $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -Raw $trx.FullName)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }
    Write-Host "tests: $passed passed, $failed failed, $skipped skipped"
    if ($testExit -ne 0 -or $failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Bench {
    Invoke-Checked 'bench' {
        dotnet run -c Release --project (Join-Path $root 'tests/SlicerBridge.Benchmarks') -- @Rest
    }
}

function Invoke-Demo {
    Build-Solution
    $cli = Join-Path $root 'src/SlicerBridge.Cli/bin/Release/net10.0/slicerbridge.dll'
    $data = Join-Path $root 'tests/fixtures/pyradiomics/data'
    Write-Host 'demo: the scoring demo (demo model, sample patient, risk panel) is not built yet.'
    Write-Host 'demo: meanwhile, the 107 original-image features of PyRadiomics test case brain1:'
    Invoke-Checked 'demo extraction' {
        dotnet $cli extract --image (Join-Path $data 'brain1_image.nrrd') --mask (Join-Path $data 'brain1_label.nrrd')
    }
}

switch ($Target) {
    'build' { Build-Solution }
    'test' { Invoke-Tests }
    'bench' { Invoke-Bench }
    'demo' { Invoke-Demo }
}
