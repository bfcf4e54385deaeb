using System.Globalization;
using BenchmarkDotNet.Running;
using BoneBalance.Benchmarks;

// `generate-population N PATH` writes a synthetic screen input for load runs; anything else goes to BenchmarkDotNet.
if (args is ["generate-population", var count, var path])
{
    PopulationGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

// `screen-cpu FILE RUNS` screens FILE (held in memory, output discarded) RUNS times in one process and prints each
// run's CPU time (all threads): the first run carries the JIT's work, the later ones show the steady state.
if (args is ["screen-cpu", var file, var times])
{
    ScreenCpu.Run(file, int.Parse(times, CultureInfo.InvariantCulture));
    return;
}

// `profile-pipeline SECONDS` runs the assessment pipeline in a loop, for a sampling profiler (dotnet-trace) to attach.
if (args is ["profile-pipeline", var seconds])
{
    var pipeline = new AssessmentPipelineBenchmarks();
    pipeline.Setup();
    var stop = DateTime.UtcNow.AddSeconds(int.Parse(seconds, CultureInfo.InvariantCulture));
    long runs = 0;
    while (DateTime.UtcNow < stop)
    {
        pipeline.ParseAssessWrite();
        runs++;
    }

    pipeline.Cleanup();
    Console.WriteLine($"{runs} runs; GCs gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; allocated {GC.GetTotalAllocatedBytes() / runs / 1024} KiB/run");
    return;
}

// `stages-best BATCHES` times each stage in batches and prints the best batch's µs and bytes allocated per run: on a
// shared machine the fastest batch is the one least disturbed by other work, so two builds compare fairly.
if (args is ["stages-best", var batches])
{
    var pipeline = new AssessmentPipelineBenchmarks();
    pipeline.Setup();
    pipeline.StagesBest(int.Parse(batches, CultureInfo.InvariantCulture));
    pipeline.Cleanup();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PopulationGenerator).Assembly).Run(args);
