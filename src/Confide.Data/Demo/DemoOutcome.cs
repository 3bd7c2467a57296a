using Confide.Core.Organisations;

namespace Confide.Data.Demo;

/// <summary>What <see cref="DemoSeeder.EnsureDemoAsync"/> did: whether it created the demo, and the logins to show.</summary>
public sealed record DemoOutcome(bool Created, Organisation? Organisation, int Families, IReadOnlyList<DemoLogin> Logins)
{
    /// <summary>Nothing was created because the database already holds an organisation.</summary>
    public static DemoOutcome AlreadyInUse { get; } = new(false, null, 0, []);
}
