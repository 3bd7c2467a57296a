using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run all: dotnet run -c Release --project bench/Confide.Benchmarks -- --filter '*'
// In-process: BenchmarkDotNet's generated project cannot restore the ASP.NET shared framework that Confide.Data references.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

/// <summary>Entry point type for the switcher.</summary>
public partial class Program;
