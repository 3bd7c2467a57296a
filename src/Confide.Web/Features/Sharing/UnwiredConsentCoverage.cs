using Confide.Core.Organisations;
using Confide.Core.Sharing;

namespace Confide.Web.Features.Sharing;

/// <summary>Stands in for the consent records until they are wired in: no consent is recorded yet, so none covers a share.</summary>
public sealed class UnwiredConsentCoverage : IConsentCoverageSource
{
    public Task<CoverageAnswer> AnswerAsync(OrganisationId organisation, CoverageQuestion question, CancellationToken ct = default) =>
        Task.FromResult(new CoverageAnswer(null, "No consent is recorded for this family yet."));
}
