using Confide.Core.Staff;

namespace Confide.Data.Demo;

/// <summary>A demo account and its fixed, published password (the demo is bannered and holds only fictional data).</summary>
public sealed record DemoLogin(string Email, string DisplayName, IReadOnlyList<Role> Roles, string Password);
