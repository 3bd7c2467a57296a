using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Web.Features.Families;

/// <summary>Cuts a file down to the view and masking the access decision grants, before any page or API sees it.</summary>
public static class FileViews
{
    public static FamilyFile Apply(FamilyFile file, AccessDecision decision, UserId viewer)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Apply(file, decision.View, viewer, decision.Obligations.HasFlag(AccessObligations.MaskSpecialCategory));
    }

    public static FamilyFile Apply(FamilyFile file, FileView view, UserId viewer, bool maskSpecialCategory = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        return view switch
        {
            FileView.Full when maskSpecialCategory => file with { Family = file.Family with { Members = file.Family.Members.Select(MaskSpecial).ToList() } },
            FileView.Full => file,
            FileView.Volunteer => new FamilyFile(
                file.Family with { Members = file.Family.Members.Select(VolunteerMember).ToList() },
                Referrals: [],
                Episodes: file.Episodes,
                Matches: file.Matches.Where(m => m.VolunteerId == viewer).ToList(),
                Notes: file.Notes.Where(n => n.AuthorId == viewer).ToList()),
            _ => throw new InvalidOperationException("A refused decision has no view."),
        };
    }

    private static FamilyMember MaskSpecial(FamilyMember m) => m.ForView(hideDateOfBirth: false);

    private static FamilyMember VolunteerMember(FamilyMember m) => m.ForView(hideDateOfBirth: true);
}
