using System.Linq;

namespace SmartGift.Core.Tests.Sales;

public sealed class OrderIdRegisterTests
{
    [Fact]
    public void A_repeated_id_is_refused_with_where_it_was_first_seen()
    {
        var register = new OrderIdRegister();

        Assert.True(register.TryRegister("S-1001", new RecordPlace(RecordPlaceKind.Line, 4), out _));
        Assert.True(register.TryRegister("S-1002", new RecordPlace(RecordPlaceKind.Cart, 2), out _));
        Assert.False(register.TryRegister("S-1001", new RecordPlace(RecordPlaceKind.Line, 9), out var first));
        Assert.False(register.TryRegister("S-1002", new RecordPlace(RecordPlaceKind.Row, 12), out var second));

        Assert.Equal("line 4", first);
        Assert.Equal("cart 2", second);
    }

    [Fact]
    public void Ids_that_differ_only_slightly_are_all_distinct()
    {
        // Sequential ids are what tills export; a weak hash would collide among them.
        var register = new OrderIdRegister();
        var ids = Enumerable.Range(0, 200_000).Select(i => "S-" + i).Concat(new[] { "s-1", "S-1 ", "1-S", "S-01" });

        var refused = ids.Where(id => !register.TryRegister(id, new RecordPlace(RecordPlaceKind.Row, 1), out _)).ToList();

        Assert.Empty(refused);
    }
}
