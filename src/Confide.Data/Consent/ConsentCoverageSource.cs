using Confide.Core.Consent;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Data.Families;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Consent;

/// <summary>
/// Answers coverage questions from the consents stored on the family's file and the organisation's consent rules.
/// Reads the database on every question, so a withdrawal stops the next share at once.
/// </summary>
public sealed class ConsentCoverageSource(ConfideDbContext db, FamilyRecords families, OrganisationConsentRules rules) : IConsentCoverageSource
{
    public async Task<CoverageAnswer> AnswerAsync(OrganisationId organisation, CoverageQuestion question, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var file = await families.GetAsync(organisation, question.FamilyId, ct);
        if (file is null)
        {
            return new CoverageAnswer(null, "There is no such family file in this organisation.");
        }

        var rows = await db.Consents.AsNoTracking()
            .Where(c => c.FamilyId == question.FamilyId.Value && c.OrganisationId == organisation.Value).ToListAsync(ct);
        using var cipher = await families.CipherAsync(question.FamilyId.Value, ct);
        var consents = rows.Select(r => ConsentRowMapping.ToDomain(r, cipher)).ToList();
        return ConsentCoverage.Answer(question, consents, file.Family.Members, await rules.ForAsync(organisation, ct));
    }
}
