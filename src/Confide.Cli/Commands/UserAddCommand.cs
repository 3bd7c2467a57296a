using System.CommandLine;
using System.Security.Cryptography;
using Confide.Core.Staff;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide user add</c>: adds an account to an organisation, generating a strong password when none is given.</summary>
internal static class UserAddCommand
{

    public static Command Create(CliStore store)
    {
        var org = new Option<string>("--org") { Description = "The organisation, by id or name.", Required = true };
        var email = new Option<string>("--email") { Description = "The account's email address (its sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "The person's name as colleagues know it.", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "A role (repeat for several): " + string.Join(", ", RoleNames.All) + ".",
            Required = true,
        };
        var password = new Option<string>("--password") { Description = "At least 12 characters; when omitted a strong one is generated and shown once." };
        var command = new Command("add", "Add a staff, volunteer, trustee or administrator account.") { org, email, name, roles, password };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var unknown = parse.GetRequiredValue(roles).Where(r => !RoleNames.TryParse(r, out _)).ToList();
            if (unknown.Count > 0)
            {
                await error.WriteLineAsync($"confide: unknown role {string.Join(", ", unknown.Select(r => $"'{r}'"))}. The roles are: {string.Join(", ", RoleNames.All)}.");
                return ExitCodes.BadInput;
            }

            var parsedRoles = parse.GetRequiredValue(roles).Select(r => RoleNames.TryParse(r, out var role) ? role : default).Distinct().ToList();
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationRecords>().FindAsync(parse.GetRequiredValue(org), ct);
            if (organisation is null)
            {
                await error.WriteLineAsync($"confide: there is no organisation '{parse.GetRequiredValue(org)}'. See 'confide org list'.");
                return ExitCodes.BadInput;
            }

            var given = parse.GetValue(password);
            var secret = given ?? StaffAccounts.GeneratePassword();
            var added = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .AddAsync(organisation.Id, parse.GetRequiredValue(email), parse.GetRequiredValue(name), parsedRoles, secret, ct);
            if (!added.Succeeded)
            {
                return await Report.ErrorsAsync(error, added.Errors);
            }

            await output.WriteLineAsync($"Added {parse.GetRequiredValue(email)} ({added.Value}) to '{organisation.Name}' as {string.Join(", ", parsedRoles.Select(RoleNames.Name))}.");
            if (given is null)
            {
                await output.WriteLineAsync($"Password (shown once; give it to the person securely): {secret}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
