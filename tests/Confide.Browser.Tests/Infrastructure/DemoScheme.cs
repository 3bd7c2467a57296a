using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Demo;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>
/// The bannered demo organisation the app creates on its first start (the Suffolk profile: everyone gives a reason
/// before a file opens), its published logins, and families a journey opens in it with names it knows.
/// </summary>
public sealed class DemoScheme
{
    private readonly RunningApp _app;
    private readonly IReadOnlyList<StaffAccounts.Listing> _staff;

    private DemoScheme(RunningApp app, Organisation organisation, IReadOnlyList<StaffAccounts.Listing> staff) =>
        (_app, Organisation, _staff) = (app, organisation, staff);

    public Organisation Organisation { get; }

    public static async Task<DemoScheme> FindAsync(RunningApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var organisations = await app.Seed.With<OrganisationRecords, IReadOnlyList<Organisation>>(o => o.ListAsync());
        var demo = organisations.Single(o => o.IsDemo);
        var staff = await app.Seed.With<StaffAccounts, IReadOnlyList<StaffAccounts.Listing>>(s => s.ListAsync(demo.Id));
        return new DemoScheme(app, demo, staff);
    }

    /// <summary>The email address of a demo login such as "coordinator2".</summary>
    public static string Email(string login) => $"{login}@demo.confide.test";

    public UserId Account(string login) => Listing(login).Id;

    /// <summary>The name pages show for the person, for example "Demo Coordinator (Sam)".</summary>
    public string NameOf(string login) => Listing(login).DisplayName;

    /// <summary>Opens a family file assigned to the demo coordinator <paramref name="coordinator"/>, with a health note on the adult if given.</summary>
    public async Task<FamilyFile> FamilyAsync(string coordinator, string given, string family, string? health = null)
    {
        var special = health is null ? null : new SpecialCategoryData(health, null, null);
        var details = new FamilyBuilder().WithAdult(given, family, special).WithChild(age: 2, given: "Wren", family: family).Build();
        var by = Account(coordinator);
        var opened = await _app.Seed.With<FamilyRecords, Core.Common.Result<FamilyFile>>(r => r.OpenAsync(Organisation.Id, by, details, FamilyBuilder.Referral(), by));
        opened.Errors.ShouldBeEmpty();
        return opened.Value;
    }

    private StaffAccounts.Listing Listing(string login) =>
        _staff.SingleOrDefault(s => s.Email == Email(login)) ?? throw new ArgumentException($"No demo login {login}; there are {string.Join(", ", DemoAccounts.All.Select(a => a.Email))}", nameof(login));
}
