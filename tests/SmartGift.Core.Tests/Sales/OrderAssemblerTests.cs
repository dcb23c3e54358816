using System.Collections.Generic;
using System.Linq;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Sales;

public class OrderAssemblerTests
{
    private static List<OrderDraft> Run(IEnumerable<SaleRow> rows, List<int>? completedAt = null)
    {
        var assembler = new OrderAssembler();
        var orders = new List<OrderDraft>();
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            var done = assembler.Add(row);
            if (done.Count > 0) completedAt?.Add(n);
            orders.AddRange(done);
        }
        orders.AddRange(assembler.Complete());
        return orders;
    }

    [Fact]
    public void Consecutive_rows_with_the_same_order_id_are_one_order_completed_by_the_next()
    {
        var completedAt = new List<int>();
        var orders = Run(new[]
        {
            SaleRows.Valid("1", 2), SaleRows.Item("1", 3),
            SaleRows.Valid("2", 4),
            SaleRows.Valid("3", 5), SaleRows.Item("3", 6), SaleRows.Item("3", 7),
        }, completedAt);

        Assert.Equal(new[] { "1", "2", "3" }, orders.Select(o => o.OrderId));
        Assert.Equal(new[] { 2, 1, 3 }, orders.Select(o => o.Rows.Count));
        Assert.Equal(new[] { "lines 2-3", "line 4", "lines 5-7" }, orders.Select(o => o.Location));
        Assert.All(orders, o => Assert.True(o.IsValid, string.Join("; ", o.Problems)));
        Assert.Equal(new[] { 3, 4 }, completedAt); // the last order comes from Complete
    }

    [Fact]
    public void Complete_with_no_rows_gives_nothing()
    {
        Assert.Empty(new OrderAssembler().Complete());
    }

    [Fact]
    public void Order_ids_are_compared_after_trimming()
    {
        var orders = Run(new[] { SaleRows.Valid("1", 2), SaleRows.Item(" 1 ", 3) });
        Assert.Single(orders);
    }

    [Fact]
    public void An_order_id_that_comes_back_after_other_orders_refuses_the_later_group()
    {
        var orders = Run(new[] { SaleRows.Valid("123", 4), SaleRows.Valid("124", 5), SaleRows.Valid("123", 6), SaleRows.Valid("125", 7) });

        Assert.Equal(4, orders.Count);
        Assert.True(orders[0].IsValid);
        Assert.True(orders[1].IsValid);
        Assert.True(orders[3].IsValid);
        var p = Assert.Single(orders[2].Problems);
        Assert.Equal(("line 6", "order_id"), (p.Location, p.Field));
        Assert.Equal("order 123 already appeared at line 4; rows of one order must be consecutive", p.Message);
        Assert.Null(orders[2].Sale);
    }

    [Fact]
    public void Rows_without_order_id_are_each_an_order_of_their_own_and_refused()
    {
        var orders = Run(new[] { SaleRows.Valid("", 2), SaleRows.Valid("", 3), SaleRows.Valid("9", 4) });

        Assert.Equal(3, orders.Count);
        Assert.Equal("order_id", orders[0].Problems.Single().Field);
        Assert.Equal("order_id", orders[1].Problems.Single().Field);
        Assert.True(orders[2].IsValid);
    }

    [Fact]
    public void A_bad_order_does_not_spoil_its_neighbours()
    {
        var orders = Run(new[] { SaleRows.Valid("1", 2), SaleRows.Valid("2", 3).With("price", "12.345"), SaleRows.Valid("3", 4) });
        Assert.Equal(new[] { true, false, true }, orders.Select(o => o.IsValid));
    }

    [Fact]
    public void A_conflict_inside_an_order_is_reported_for_that_order()
    {
        var orders = Run(new[] { SaleRows.Valid("1", 2), SaleRows.Item("1", 3).With("email", "other@example.com"), SaleRows.Valid("2", 4) });

        var p = Assert.Single(orders[0].Problems);
        Assert.Equal(("line 3", "email"), (p.Location, p.Field));
        Assert.Contains("'other@example.com' differs from 'marty.gift@example.co.uk' given at line 2", p.Message);
        Assert.True(orders[1].IsValid);
    }

    [Fact]
    public void An_order_of_more_than_1000_rows_is_refused_without_keeping_them_all()
    {
        var rows = new List<SaleRow> { SaleRows.Valid("big", 2) };
        for (var i = 0; i < 1004; i++) rows.Add(SaleRows.Item("big", 3 + i));
        rows.Add(SaleRows.Valid("next", 2000));
        var orders = Run(rows);

        Assert.Equal(2, orders.Count);
        Assert.Equal(OrderAssembler.MaxRowsPerOrder, orders[0].Rows.Count);
        var p = Assert.Single(orders[0].Problems);
        Assert.Contains("has 1005 rows (to line 1006)", p.Message);
        Assert.True(orders[1].IsValid);
    }
}
