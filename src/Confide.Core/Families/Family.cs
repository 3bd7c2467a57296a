using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Families;

/// <summary>A family's file: the household, its members, and who is assigned to support it.</summary>
public sealed record Family
{
    /// <summary>The file's identifier.</summary>
    public required FamilyId Id { get; init; }

    /// <summary>The organisation (scheme) that holds the file.</summary>
    public required OrganisationId OrganisationId { get; init; }

    /// <summary>The scheme's own reference, e.g. <c>F-00042</c>; not personal data.</summary>
    public required string Reference { get; init; }

    /// <summary>The household's address (encrypted at rest).</summary>
    public required string Address { get; init; }

    /// <summary>The normalised postcode (encrypted at rest, searchable through a blind index).</summary>
    public required string Postcode { get; init; }

    /// <summary>Adults and children, in the order they were entered.</summary>
    public required IReadOnlyList<FamilyMember> Members { get; init; }

    /// <summary>The coordinator the file is assigned to, if any.</summary>
    public UserId? AssignedCoordinatorId { get; init; }

    /// <summary>When the file was opened (UTC).</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>A label for lists: the family names of the adults, e.g. "Smith / Jones".</summary>
    public string DisplayName =>
        string.Join(" / ", Members.Where(m => m.Kind == MemberKind.Adult).Select(m => m.FamilyName).Distinct(StringComparer.OrdinalIgnoreCase)) is { Length: > 0 } s
            ? s
            : Members.FirstOrDefault()?.FamilyName ?? Reference;

    /// <summary>Validates a new family's details. A family has at least one adult; at most 20 members.</summary>
    public static Result<Family> Open(OrganisationId organisationId, string reference, FamilyDetails details, DateTimeOffset now, UserId? coordinator = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator().Text(details.Address, "address", "address", FieldLimits.Address);
        var postcode = Families.Postcode.Normalise(details.Postcode);
        v.When(postcode is null, "postcode", "invalid", $"'{Truncate(details.Postcode)}' is not a UK postcode; enter it like IP33 1AB.");
        v.When(details.Members.Count == 0 || details.Members.All(m => m.Kind != MemberKind.Adult), "members", "adult_required",
            "Add at least one adult: the parent or carer the scheme will support.");
        v.When(details.Members.Count > 20, "members", "too_many", "A family can have at most 20 members.");

        var members = new List<FamilyMember>();
        for (var i = 0; i < details.Members.Count && i < 20; i++)
        {
            var m = FamilyMember.Create(details.Members[i], today);
            if (m.Succeeded)
            {
                members.Add(m.Value);
            }
            else
            {
                v.Merge($"members[{i}]", m.Errors);
            }
        }

        return Result<Family>.From(v, () => new Family
        {
            Id = FamilyId.New(),
            OrganisationId = organisationId,
            Reference = reference,
            Address = details.Address.Trim(),
            Postcode = postcode!,
            Members = members,
            AssignedCoordinatorId = coordinator,
            OpenedAt = now,
        });
    }

    private static string Truncate(string? s) => s is null ? "" : s.Length > 20 ? s[..20] + "…" : s;
}
