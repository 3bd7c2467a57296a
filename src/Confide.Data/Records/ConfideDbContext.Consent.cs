using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Records;

/// <summary>Privacy-notice explanations, agreements to receive support, and consents (records migration 0005).</summary>
public sealed partial class ConfideDbContext
{
    public DbSet<PrivacyNoticeExplanationRow> PrivacyNoticeExplanations => Set<PrivacyNoticeExplanationRow>();
    public DbSet<ServiceAgreementRow> ServiceAgreements => Set<ServiceAgreementRow>();
    public DbSet<ConsentRow> Consents => Set<ConsentRow>();

    private static void OnConsentModelCreating(ModelBuilder builder)
    {
        builder.Entity<PrivacyNoticeExplanationRow>().ToTable("privacy_notice_explanations");
        builder.Entity<ServiceAgreementRow>().ToTable("service_agreements");
        builder.Entity<ConsentRow>().ToTable("consents");
    }
}
