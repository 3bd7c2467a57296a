using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run all: dotnet run -c Release --project bench/Confide.Benchmarks -- --filter '*'
// Audit log throughput (stopwatch, see AuditThroughput): ... -- audit append | audit verify
if (args is ["audit", ..])
{
    if (args.Contains("--managed-sha"))
    {
        AppContext.SetSwitch("Confide.Audit.ManagedSha256", true);
    }

    return await Confide.Benchmarks.AuditThroughput.RunAsync(args[1..]);
}

// In-process: BenchmarkDotNet's generated project cannot restore the ASP.NET shared framework that Confide.Data references.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

/// <summary>Entry point type for the switcher.</summary>
public partial class Program;
