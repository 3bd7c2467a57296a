using System.CommandLine;
using Confide.Data.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary><c>confide token create</c>: a personal API token for an account, printed once and stored only as a hash.</summary>
internal static class TokenCreateCommand
{
    public static Command Create(CliStore store)
    {
        var email = new Option<string>("--email") { Description = "The account the token acts as.", Required = true };
        var days = new Option<int>("--days") { Description = $"How many days the token lasts (1-{PersonalApiTokens.MaxLifetimeDays}).", DefaultValueFactory = _ => 90 };
        var name = new Option<string>("--name") { Description = "A label saying what the token is for.", DefaultValueFactory = _ => "API token" };
        var command = new Command("create", "Create a personal API token; it is shown once and cannot be recovered.") { email, days, name };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var services = await store.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<PersonalApiTokens>()
                .CreateAsync(parse.GetRequiredValue(email), parse.GetValue(days), parse.GetValue(name) ?? "", ct);
            if (!created.Succeeded)
            {
                return await Report.ErrorsAsync(error, created.Errors);
            }

            var t = created.Value;
            await output.WriteLineAsync($"Created API token {t.Id} '{t.Name}' for {parse.GetRequiredValue(email)}, expiring {t.ExpiresAt:yyyy-MM-dd HH:mm} UTC.");
            await output.WriteLineAsync("Token (shown only now; store it somewhere safe):");
            await output.WriteLineAsync(t.Token);
            return ExitCodes.Success;
        });
        return command;
    }
}
