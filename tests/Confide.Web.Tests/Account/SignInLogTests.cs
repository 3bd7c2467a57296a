using System.Collections.Concurrent;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Confide.Web.Tests.Account;

public sealed class SignInLogTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignInFailureAndLockout_AreLoggedWithTheAccountIdNeverTheEmailAddress(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var log = new CapturedLog();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(app);

        await browser.SignInAsync(email, AccountFixtures.Password);
        for (var i = 0; i < 10; i++)
        {
            await browser.SignInAsync(email, "wrong password here");
        }

        await browser.SignInAsync("nobody@example.org", "wrong password here");
        await using var scope = app.Services.CreateAsyncScope();
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<Confide.Data.Records.StaffAccount>>().FindByEmailAsync(email))!.Id.ToString();
        log.Lines.ShouldContain($"Account {id} signed in (password)");
        log.Lines.ShouldContain($"Sign-in failed for account {id} (wrong password)");
        log.Lines.ShouldContain($"Account {id} is locked out after repeated failed sign-ins");
        log.Lines.ShouldContain("Sign-in failed for an email address that has no account");
        log.Lines.ShouldNotContain(l => l.Contains(email, StringComparison.OrdinalIgnoreCase) || l.Contains("nobody@", StringComparison.Ordinal) || l.Contains("Sam Okafor", StringComparison.Ordinal));
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();

        public IReadOnlyList<string> Lines => Queue.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(Queue);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> queue) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                queue.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
