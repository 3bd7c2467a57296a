using System.CommandLine;
using Confide.Data.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide org list</c>: the organisations, with their profile and whether they are the demo.</summary>
internal static class OrgListCommand
{
    public static Command Create(CliStore store)
    {
        var command = new Command("list", "List the organisations.");
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var organisations = await scope.ServiceProvider.GetRequiredService<OrganisationRecords>().ListAsync(ct);
            if (organisations.Count == 0)
            {
                await output.WriteLineAsync("No organisations yet: create one with 'confide org create --profile FILE'.");
            }

            foreach (var o in organisations)
            {
                await output.WriteLineAsync($"{o.Id}  {o.Name}  (profile {o.ProfileId} v{o.ProfileVersion}{(o.IsDemo ? ", demo" : "")})");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
