using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Confide.Data.Demo;

namespace Confide.Cli.Commands;

/// <summary><c>confide demo</c>: the bannered demo organisation with fictional families, also the scale-data generator.</summary>
internal static class DemoCommand
{
    public static Command Create(CliStore store)
    {
        var families = new Option<int>("--families")
        {
            Description = "How many fictional families to generate (written in batches; a million is fine).",
            DefaultValueFactory = _ => DemoSeeder.DefaultFamilies,
        };
        families.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var n) && n < 0)
            {
                r.AddError("--families must be 0 or more.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "The generator's seed: the same seed gives the same families.",
            DefaultValueFactory = _ => DemoSeeder.DefaultSeed,
        };
        var command = new Command("demo", "Create the demo organisation (fictional data, published logins) in an empty database.") { families, seed };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var services = await store.OpenAsync(parse, ct);
            var count = parse.GetValue(families);
            var started = Stopwatch.GetTimestamp();
            var progress = count >= 20_000 ? new Reporter(n => output.WriteLine($"... {n:N0} families")) : null;
            var outcome = await DemoSeeder.EnsureDemoAsync(services, count, parse.GetValue(seed), progress, ct);
            if (!outcome.Created)
            {
                await error.WriteLineAsync("confide: this database already holds an organisation; the demo is only created in an empty database.");
                return ExitCodes.Failure;
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await output.WriteLineAsync($"Created '{outcome.Organisation!.Name}' ({outcome.Organisation.Id}) with {count:N0} fictional families " +
                $"in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({(count / Math.Max(seconds, 0.001)).ToString("0", CultureInfo.InvariantCulture)} families/s).");
            await output.WriteLineAsync($"Demo logins (password for all: {DemoAccounts.Password}):");
            foreach (var login in outcome.Logins)
            {
                await output.WriteLineAsync($"  {login.Email,-34} {string.Join(", ", login.Roles.Select(Core.Staff.RoleNames.Name))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reports synchronously, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        private int _last;

        public void Report(int value)
        {
            if (value - _last >= 10_000)
            {
                _last = value;
                report(value);
            }
        }
    }
}
