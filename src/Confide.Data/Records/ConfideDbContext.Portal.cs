using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Records;

/// <summary>The secure share portal and the referrer letters (records migration 0007).</summary>
public sealed partial class ConfideDbContext
{
    public DbSet<PortalShareRow> PortalShares => Set<PortalShareRow>();
    public DbSet<PortalShareItemRow> PortalShareItems => Set<PortalShareItemRow>();
    public DbSet<PortalShareStateRow> PortalShareStates => Set<PortalShareStateRow>();
    public DbSet<PortalViewRow> PortalViews => Set<PortalViewRow>();
    public DbSet<ReferrerLetterRow> ReferrerLetters => Set<ReferrerLetterRow>();

    private static void OnPortalModelCreating(ModelBuilder builder)
    {
        builder.Entity<PortalShareRow>(e =>
        {
            e.ToTable("portal_shares");
            e.HasIndex(s => s.TokenHash).IsUnique();
        });
        builder.Entity<PortalShareItemRow>(e =>
        {
            e.ToTable("portal_share_items");
            e.HasKey(i => new { i.ShareId, i.Position });
            // Known to the model so that a share is inserted before its items and state.
            e.HasOne<PortalShareRow>().WithMany().HasForeignKey(i => i.ShareId);
        });
        builder.Entity<PortalShareStateRow>(e =>
        {
            e.ToTable("portal_share_states");
            e.HasKey(s => s.ShareId);
            e.HasOne<PortalShareRow>().WithOne().HasForeignKey<PortalShareStateRow>(s => s.ShareId);
        });
        builder.Entity<PortalViewRow>().ToTable("portal_views");
        builder.Entity<ReferrerLetterRow>().ToTable("referrer_letters");
    }
}
