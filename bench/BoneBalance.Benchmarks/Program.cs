using System.Globalization;
using BenchmarkDotNet.Running;
using BoneBalance.Benchmarks;

// `generate-population N PATH` writes a synthetic screen input for load runs; anything else goes to BenchmarkDotNet.
if (args is ["generate-population", var count, var path])
{
    PopulationGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PopulationGenerator).Assembly).Run(args);
