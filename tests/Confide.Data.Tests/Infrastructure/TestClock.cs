namespace Confide.Data.Tests.Infrastructure;

/// <summary>A clock the test sets; UTC.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public TestClock() : this(Default)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => Now;
}
