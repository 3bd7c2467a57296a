using Confide.Core.Families;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>Fluent test data for a family: <c>new FamilyBuilder().WithAdult("Ada", "Lovelace").WithChild(age: 13)</c>.</summary>
public sealed class FamilyBuilder
{
    private readonly List<MemberDetails> _members = [];
    private string _address = "12 Orchard Row, Bury St Edmunds";
    private string _postcode = "IP33 1AB";
    private DateOnly _today = TestClock.Default.Date is var d ? DateOnly.FromDateTime(d) : default;

    public FamilyBuilder WithAdult(string given = "Harriet", string family = "Applegarth", SpecialCategoryData? special = null)
    {
        _members.Add(new MemberDetails(MemberKind.Adult, given, family, null) { Special = special ?? SpecialCategoryData.None });
        return this;
    }

    public FamilyBuilder WithChild(int age = 4, string given = "Rowan", string family = "Applegarth")
    {
        _members.Add(new MemberDetails(MemberKind.Child, given, family, _today.AddYears(-age).AddDays(-10)));
        return this;
    }

    public FamilyBuilder WithChildBorn(DateOnly? dateOfBirth, string given = "Rowan", string family = "Applegarth")
    {
        _members.Add(new MemberDetails(MemberKind.Child, given, family, dateOfBirth));
        return this;
    }

    public FamilyBuilder At(string address, string postcode)
    {
        (_address, _postcode) = (address, postcode);
        return this;
    }

    public FamilyDetails Build() => new(_address, _postcode, _members.Count == 0 ? [new(MemberKind.Adult, "Harriet", "Applegarth", null)] : _members);

    public static ReferralDetails Referral(bool consented = true, string reason = "Isolated after a house move; two children under five.") =>
        new("Health visitor, Bury St Edmunds", TestClock.Default.Date is var d ? DateOnly.FromDateTime(d).AddDays(-3) : default, reason, consented);
}
