using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Confide.Web.Tests.Authorization;

/// <summary>
/// One named case of a matrix. Theories take it rather than a string so the whole name shows in test results
/// (xUnit shortens string arguments to 50 characters) and each case still runs, and reports, on its own.
/// </summary>
public sealed class MatrixCase : IXunitSerializable
{
    [Obsolete("For xUnit's deserialisation only.")]
    public MatrixCase()
    {
    }

    public MatrixCase(string name) => Name = name;

    public string Name { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Name = info.GetValue<string>(nameof(Name));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Name), Name);
    }

    public override string ToString() => Name;

    /// <summary>Theory data for a matrix: every named case on every engine.</summary>
    public static TheoryData<DatabaseProvider, MatrixCase> OnEveryProvider(IEnumerable<string> cases)
    {
        var names = cases.ToList();
        var data = new TheoryData<DatabaseProvider, MatrixCase>();
        foreach (var provider in Providers.Both)
        {
            foreach (var name in names)
            {
                data.Add(provider, new MatrixCase(name));
            }
        }

        return data;
    }
}
