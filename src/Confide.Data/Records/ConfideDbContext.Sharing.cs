using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Records;

/// <summary>The agency register, sharing decisions and "family to be informed" tasks (records migration 0006).</summary>
public sealed partial class ConfideDbContext
{
    public DbSet<AgencyRow> Agencies => Set<AgencyRow>();
    public DbSet<SharingDecisionRow> SharingDecisions => Set<SharingDecisionRow>();
    public DbSet<SharedItemRow> SharedItems => Set<SharedItemRow>();
    public DbSet<FamilyInformedTaskRow> FamilyInformedTasks => Set<FamilyInformedTaskRow>();

    private static void OnSharingModelCreating(ModelBuilder builder)
    {
        builder.Entity<AgencyRow>().ToTable("agencies");
        builder.Entity<SharingDecisionRow>(e =>
        {
            e.ToTable("sharing_decisions");
            e.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DecisionId);
        });
        builder.Entity<SharedItemRow>(e =>
        {
            e.ToTable("shared_items");
            e.HasKey(i => new { i.DecisionId, i.Position });
        });
        builder.Entity<FamilyInformedTaskRow>(e =>
        {
            e.ToTable("family_informed_tasks");
            // Known to the model so that a decision is inserted before its task.
            e.HasOne<SharingDecisionRow>().WithMany().HasForeignKey(t => t.DecisionId);
        });
    }
}
