using Confide.Core.Common;

namespace Confide.Core.Families;

/// <summary>A person in a family: an adult, or a child with a date of birth.</summary>
public sealed record FamilyMember
{
    private FamilyMember(MemberId id, MemberKind kind, string givenName, string familyName, DateOnly? dateOfBirth, SpecialCategoryData special)
    {
        Id = id;
        Kind = kind;
        GivenName = givenName;
        FamilyName = familyName;
        DateOfBirth = dateOfBirth;
        Special = special;
    }

    /// <summary>The member's identifier.</summary>
    public MemberId Id { get; }

    /// <summary>Adult or child.</summary>
    public MemberKind Kind { get; }

    /// <summary>Given name (encrypted at rest).</summary>
    public string GivenName { get; }

    /// <summary>Family name (encrypted at rest).</summary>
    public string FamilyName { get; }

    /// <summary>Date of birth; always present for a child (encrypted at rest).</summary>
    public DateOnly? DateOfBirth { get; }

    /// <summary>Special-category data, recorded only with explicit consent where the profile requires it.</summary>
    public SpecialCategoryData Special { get; }

    /// <summary>Full age in years on <paramref name="today"/>, or null when no date of birth is held.</summary>
    public int? AgeOn(DateOnly today)
    {
        if (DateOfBirth is not { } dob)
        {
            return null;
        }

        // Compare month and day rather than dob.AddYears, which moves a 29 February birthday to 28 February in a
        // common year; in UK law a person born on 29 February reaches a new age on 1 March in a common year.
        var age = today.Year - dob.Year;
        return (today.Month, today.Day).CompareTo((dob.Month, dob.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>
    /// A copy for a restricted view: special-category data always removed, and the date of birth too when
    /// <paramref name="hideDateOfBirth"/> (the volunteer view). Views are never stored.
    /// </summary>
    public FamilyMember ForView(bool hideDateOfBirth) =>
        new(Id, Kind, GivenName, FamilyName, hideDateOfBirth ? null : DateOfBirth, SpecialCategoryData.None);

    /// <summary>Validates and creates a member. A child needs a date of birth that is not in the future.</summary>
    public static Result<FamilyMember> Create(MemberDetails details, DateOnly today, MemberId? id = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var v = new Validator()
            .Text(details.GivenName, "givenName", "given name", FieldLimits.Name)
            .Text(details.FamilyName, "familyName", "family name", FieldLimits.Name);

        if (details.DateOfBirth is { } dob)
        {
            v.When(dob > today, "dateOfBirth", "in_future",
                $"The date of birth {dob:d MMMM yyyy} is in the future; check the year.");
            v.When(dob < today.AddYears(-120), "dateOfBirth", "implausible",
                $"The date of birth {dob:d MMMM yyyy} is more than 120 years ago; check the year.");
        }
        else
        {
            v.When(details.Kind == MemberKind.Child, "dateOfBirth", "required", "Enter the child's date of birth.");
        }

        v.Merge("special", details.Special.Validate());
        return Result<FamilyMember>.From(v, () => new FamilyMember(
            id ?? MemberId.New(), details.Kind, details.GivenName.Trim(), details.FamilyName.Trim(), details.DateOfBirth, details.Special));
    }
}
