using System.CommandLine;
using Confide.Core.Staff;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide user list</c>: accounts, their roles and whether they are disabled.</summary>
internal static class UserListCommand
{
    public static Command Create(CliStore store)
    {
        var org = new Option<string>("--org") { Description = "Only this organisation's accounts (id or name)." };
        var command = new Command("list", "List accounts.") { org };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            Core.Organisations.OrganisationId? organisation = null;
            if (parse.GetValue(org) is { } wanted)
            {
                var found = await scope.ServiceProvider.GetRequiredService<OrganisationRecords>().FindAsync(wanted, ct);
                if (found is null)
                {
                    await error.WriteLineAsync($"confide: there is no organisation '{wanted}'. See 'confide org list'.");
                    return ExitCodes.BadInput;
                }

                organisation = found.Id;
            }

            foreach (var a in await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ListAsync(organisation, ct))
            {
                await output.WriteLineAsync($"{a.Email}\t{a.DisplayName}\t{string.Join(",", a.Roles.Select(RoleNames.Name))}\t{(a.Disabled ? "disabled" : "active")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
