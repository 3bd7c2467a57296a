using Confide.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Keys;

/// <summary>
/// The key store: wrapped data keys, kept apart from the records (its own SQLite file, or its own schema or
/// database on PostgreSQL) so that a backup of the records alone cannot bring back a destroyed family.
/// </summary>
public sealed class KeyStoreDbContext(DbContextOptions<KeyStoreDbContext> options) : DbContext(options)
{
    public DbSet<FamilyKeyRow> FamilyKeys => Set<FamilyKeyRow>();
    public DbSet<OrganisationKeyRow> OrganisationKeys => Set<OrganisationKeyRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(StorageOptions.KeyStoreSchema);
        }

        modelBuilder.Entity<FamilyKeyRow>(e =>
        {
            e.ToTable("family_keys");
            e.HasKey(k => k.FamilyId);
        });
        modelBuilder.Entity<OrganisationKeyRow>(e =>
        {
            e.ToTable("organisation_keys");
            e.HasKey(k => new { k.OrganisationId, k.Purpose });
        });
        SnakeCase.Apply(modelBuilder);
    }
}
