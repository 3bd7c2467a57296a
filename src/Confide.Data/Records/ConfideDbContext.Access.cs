using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Records;

/// <summary>The need-to-know engine's inputs and side effects (records migration 0004).</summary>
public sealed partial class ConfideDbContext
{
    public DbSet<AccessGrantRow> AccessGrants => Set<AccessGrantRow>();
    public DbSet<AccessGrantFileRow> AccessGrantFiles => Set<AccessGrantFileRow>();
    public DbSet<ConflictExclusionRow> ConflictExclusions => Set<ConflictExclusionRow>();
    public DbSet<AccessSessionRow> AccessSessions => Set<AccessSessionRow>();
    public DbSet<BreakGlassReviewRow> BreakGlassReviews => Set<BreakGlassReviewRow>();
    public DbSet<AlertRow> Alerts => Set<AlertRow>();

    private static void OnAccessModelCreating(ModelBuilder builder)
    {
        builder.Entity<AccessGrantRow>().ToTable("access_grants");
        builder.Entity<AccessGrantFileRow>(e =>
        {
            e.ToTable("access_grant_files");
            e.HasKey(f => new { f.GrantId, f.FamilyId });
            // Known to the model so that a grant is inserted before the files it names.
            e.HasOne<AccessGrantRow>().WithMany().HasForeignKey(f => f.GrantId);
        });
        builder.Entity<ConflictExclusionRow>().ToTable("conflict_exclusions");
        builder.Entity<AccessSessionRow>().ToTable("access_sessions");
        builder.Entity<BreakGlassReviewRow>().ToTable("break_glass_reviews");
        builder.Entity<AlertRow>().ToTable("alerts");
    }
}
