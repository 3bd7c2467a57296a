using System.CommandLine;
using Confide.Data.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide token revoke</c>: stops a personal API token working, from its next request.</summary>
internal static class TokenRevokeCommand
{
    public static Command Create(CliStore store)
    {
        var id = new Option<Guid>("--id") { Description = "The token's id, as printed when it was created.", Required = true };
        var command = new Command("revoke", "Revoke a personal API token.") { id };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var revoked = await scope.ServiceProvider.GetRequiredService<PersonalApiTokens>().RevokeAsync(parse.GetValue(id), ct);
            if (!revoked.Succeeded)
            {
                return await Report.ErrorsAsync(parse.InvocationConfiguration.Error, revoked.Errors);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Revoked API token {revoked.Value}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
