using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Web.Tests.Authorization;

/// <summary>Theory data for the matrices: every named case on every engine (names serialise, so each case shows on its own).</summary>
internal static class MatrixCases
{
    public static TheoryData<DatabaseProvider, string> OnEveryProvider(IEnumerable<string> cases)
    {
        var names = cases.ToList();
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Providers.Both)
        {
            foreach (var name in names)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }
}
