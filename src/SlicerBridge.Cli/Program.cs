using System.CommandLine;

var root = new RootCommand("SlicerBridge: PyRadiomics-compatible radiomics and HCC risk scoring");
return root.Parse(args).Invoke();
