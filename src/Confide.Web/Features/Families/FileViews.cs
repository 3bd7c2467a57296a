using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Web.Features.Families;

/// <summary>Cuts a file down to the view the access decision grants, before any page or API sees it.</summary>
public static class FileViews
{
    public static FamilyFile Apply(FamilyFile file, FileView view, UserId viewer)
    {
        ArgumentNullException.ThrowIfNull(file);
        return view switch
        {
            FileView.Full => file with { Family = file.Family with { Members = file.Family.Members.Select(MaskSpecial).ToList() } },
            FileView.Volunteer => new FamilyFile(
                file.Family with { Members = file.Family.Members.Select(VolunteerMember).ToList() },
                Referrals: [],
                Episodes: file.Episodes,
                Matches: file.Matches.Where(m => m.VolunteerId == viewer).ToList(),
                Notes: file.Notes.Where(n => n.AuthorId == viewer).ToList()),
            _ => throw new InvalidOperationException("A refused decision has no view."),
        };
    }

    // Special-category data stays masked until the need-to-know engine grants it explicitly.
    private static FamilyMember MaskSpecial(FamilyMember m) => m.ForView(hideDateOfBirth: false);

    private static FamilyMember VolunteerMember(FamilyMember m) => m.ForView(hideDateOfBirth: true);
}
