using System.CommandLine;
using Confide.Core.Profiles;
using Confide.Data.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide org create</c>: creates an organisation from a profile file (or a shipped profile's id).</summary>
internal static class OrgCreateCommand
{
    public static Command Create(CliStore store)
    {
        var profile = new Option<string>("--profile")
        {
            Description = "The organisation's profile: a YAML file, or the id of a shipped profile (" + string.Join(", ", SeedProfiles.Ids) + ").",
            Required = true,
        };
        var name = new Option<string>("--name") { Description = "The organisation's name; defaults to the name in the profile." };
        var command = new Command("create", "Create an organisation from a profile.") { profile, name };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var source = parse.GetRequiredValue(profile);
            var (yaml, sourceName) = File.Exists(source)
                ? (await File.ReadAllTextAsync(source, ct), Path.GetFileName(source))
                : (SeedProfiles.Find(source), source + ".yaml");
            if (yaml is null)
            {
                await error.WriteLineAsync($"confide: there is no profile file '{source}', nor a shipped profile of that id ({string.Join(", ", SeedProfiles.Ids)}).");
                return ExitCodes.BadInput;
            }

            var parsed = ProfileParser.Parse(yaml, sourceName);
            if (!parsed.Succeeded)
            {
                await error.WriteLineAsync($"confide: the profile {sourceName} is not valid; nothing was created:");
                foreach (var e in parsed.Errors)
                {
                    await error.WriteLineAsync($"  {e.Message}");
                }

                return ExitCodes.BadInput;
            }

            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var p = parsed.Value;
            var created = await scope.ServiceProvider.GetRequiredService<OrganisationRecords>()
                .CreateAsync(parse.GetValue(name) ?? p.Name, p.Id, p.Version, yaml, isDemo: false, ct);
            if (!created.Succeeded)
            {
                return await Report.ErrorsAsync(error, created.Errors);
            }

            await output.WriteLineAsync($"Created organisation '{created.Value.Name}' ({created.Value.Id}) with profile {p.Id} version {p.Version}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
