using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Tests.Families;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Tests.Access;

/// <summary>Small steps the access tests share: open a family, disable an account, insist on a result.</summary>
internal static class AccessKit
{
    public static async Task<FamilyId> OpenFamilyAsync(TestStore store, Organisation org, UserId? coordinator = null) =>
        (await FamilyRecordsTests.OpenAsync(store, org.Id, coordinator, new FamilyBuilder().Build(), FamilyBuilder.Referral())).Family.Id;

    public static async Task<IReadOnlyList<FamilyId>> OpenFamiliesAsync(TestStore store, Organisation org, int count)
    {
        var ids = new List<FamilyId>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await OpenFamilyAsync(store, org));
        }

        return ids;
    }

    public static Task<int> DisableAsync(TestStore store, UserId user) =>
        store.WithAsync<ConfideDbContext, int>(db =>
            db.Users.Where(u => u.Id == user.Value).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisabledAt, store.Clock.Now)));

    public static T ShouldSucceed<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    /// <summary>Asserts a refusal with exactly one error on <paramref name="field"/> with <paramref name="code"/>.</summary>
    public static ValidationError ShouldBeRefused<T>(this Result<T> result, string field, string code)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe((field, code));
        error.Message.ShouldNotBeNullOrWhiteSpace();
        return error;
    }
}
