using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Audit;

/// <summary>
/// One application instance's audit services over a test store, wired as the web app wires them
/// (<c>AddConfideData</c> + <c>AddConfideAudit</c>). Start two on one store to act as two web nodes.
/// </summary>
internal sealed class AuditNode : IAsyncDisposable
{
    private AuditNode(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }
    public AuditLog Log => Services.GetRequiredService<AuditLog>();
    public AuditReader Reader => Services.GetRequiredService<AuditReader>();
    public AuditCheckpointer Checkpointer => Services.GetRequiredService<AuditCheckpointer>();

    public static AuditNode Start(TestStore store, IKeyEncryptionKey? masterKey = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Start(store.Options, masterKey ?? store.MasterKey, store.Clock);
    }

    /// <summary>Over any storage options (an older layout, say), not only a test store's.</summary>
    public static AuditNode Start(StorageOptions options, IKeyEncryptionKey masterKey, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddLogging();
        services.AddConfideData(options, masterKey);
        services.AddConfideAudit();
        return new AuditNode(services.BuildServiceProvider());
    }

    /// <summary>Appends <paramref name="count"/> reads of family files, one at a time; returns their sequences.</summary>
    public async Task<List<long>> AppendReadsAsync(int count, AuditEventBuilder? like = null)
    {
        var sequences = new List<long>();
        for (var i = 0; i < count; i++)
        {
            sequences.Add(await Log.AppendAsync((like ?? new AuditEventBuilder()).OnFamily($"fam-{i % 7}").WithRequest($"req-{i}").Build()));
        }

        return sequences;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
