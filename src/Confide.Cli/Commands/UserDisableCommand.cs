using System.CommandLine;
using Confide.Data.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide user disable</c>: stops an account signing in and ends its sessions.</summary>
internal static class UserDisableCommand
{
    public static Command Create(CliStore store)
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var command = new Command("disable", "Disable an account: it can no longer sign in, and its sessions end.") { email };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var disabled = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableAsync(parse.GetRequiredValue(email), ct);
            if (!disabled.Succeeded)
            {
                return await Report.ErrorsAsync(parse.InvocationConfiguration.Error, disabled.Errors);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Disabled {parse.GetRequiredValue(email)} ({disabled.Value}).");
            return ExitCodes.Success;
        });
        return command;
    }
}
