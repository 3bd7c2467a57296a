using Confide.Core.Profiles;
using Confide.Core.Sharing;

namespace Confide.Web.Features.Api;

/// <summary>The JSON shapes of <c>/api/v1</c> sharing decisions, tasks and agencies; choices are snake_case codes.</summary>
public static class SharingContracts
{
    public sealed record ItemResponse(string Ref, string Kind, string Label, string Text);

    public sealed record BasisResponse(string Code, Guid? ConsentId, string Explanation);

    public sealed record AdviceResponse(string From, DateOnly On, string Summary);

    public sealed record PortalResponse(Guid ShareId, string Link, string Passcode, DateTimeOffset ExpiresAt, string Note);

    public sealed record TaskResponse(Guid Id, Guid FamilyId, Guid DecisionId, string Status, string? Exemption, DateOnly? ReviewOn, DateOnly? ToldOn, string? Method, DateTimeOffset? ClosedAt);

    public sealed record DecisionResponse(
        Guid Id, Guid FamilyId, string Purpose, Guid AgencyId, string RecipientName, IReadOnlyList<ItemResponse> Items, BasisResponse? Basis,
        string Rationale, bool AccuracyChecked, AdviceResponse? Advice, string? FamilyTold, DateOnly? ToldOn, string? ToldMethod,
        string? UninformedReason, DateOnly? ReviewOn, string? Channel, string? ChannelRiskAssessment, bool ConfidentialityStated, bool AddressVerified, string Outcome, Guid DecidedBy,
        DateTimeOffset DecidedAt, DateTimeOffset? SentAt, Guid? PortalShareId, DateTimeOffset? PortalExpiresAt, DateTimeOffset? PortalRevokedAt, TaskResponse? Task,
        PortalResponse? Portal);

    public sealed record TaskCompletionRequest(DateOnly? ToldOn, string? Method, string? Exemption, DateOnly? ReviewOn);

    public sealed record AgencyResponse(Guid Id, string Name, string Category, string LegitimateInterest, DateOnly? DataProtectionCheckedOn,
        string? SharingAgreement, bool AppropriateAuthority, DateOnly? RetiredOn);

    public sealed record AgencyCheckRequest(DateOnly? CheckedOn);

    public static DecisionResponse Response(SharingDecision d, FamilyInformedTask? task, PublishedShare? published) => new(
        d.Id, d.FamilyId.Value, SnakeCase.Name(d.Purpose), d.AgencyId, d.RecipientName,
        d.Items.Select(i => new ItemResponse(i.Ref, SnakeCase.Name(i.Kind), i.Label, i.Text)).ToList(),
        d.Basis is { } b ? new BasisResponse(b.Code, b.ConsentId, b.Explanation) : null,
        d.Rationale, d.AccuracyChecked, d.Advice is { } a ? new AdviceResponse(a.From, a.On, a.Summary) : null,
        Code(d.FamilyTold), d.ToldOn, Code(d.ToldMethod), Code(d.UninformedReason), d.ReviewOn, Code(d.Channel), d.ChannelRiskAssessment, d.ConfidentialityStated, d.AddressVerified,
        SnakeCase.Name(d.Outcome), d.DecidedBy.Value, d.DecidedAt, d.SentAt, d.PortalShareId, d.PortalExpiresAt, d.PortalRevokedAt,
        task is null ? null : Response(task),
        published is null ? null : new PortalResponse(published.ShareId, published.LinkPath, published.Passcode, published.ExpiresAt,
            "The passcode is shown this once: send it to the recipient by a separate route from the link."));

    public static TaskResponse Response(FamilyInformedTask t) => new(t.Id, t.FamilyId.Value, t.DecisionId, SnakeCase.Name(t.Status),
        Code(t.Exemption), t.ReviewOn, t.ToldOn, Code(t.Method), t.ClosedAt);

    public static AgencyResponse Response(Agency a) => new(a.Id, a.Name, SnakeCase.Name(a.Category), a.LegitimateInterest,
        a.DataProtectionCheckedOn, a.SharingAgreement, a.AppropriateAuthority, a.RetiredOn);

    private static string? Code<T>(T? value) where T : struct, Enum => value is { } v ? SnakeCase.Name(v) : null;
}
