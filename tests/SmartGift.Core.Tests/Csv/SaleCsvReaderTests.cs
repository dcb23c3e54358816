using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SmartGift.Core.Tests.Sales;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Csv;

public class SaleCsvReaderTests
{
    [Fact]
    public void Reads_every_column_into_the_row_with_its_line()
    {
        var (reader, rows) = CsvText.Read(CsvText.Lines(CsvText.Header,
            CsvText.Row("1", ("to", "Sam"), ("delivery_date", "2030-12-24"), ("payment_amount", "150.50"), ("quantity", "2"))));

        Assert.Empty(reader.HeaderProblems);
        var row = Assert.Single(rows);
        Assert.Equal((1L, 2L), (row.RowNumber, row.LineNumber!.Value));
        Assert.Equal("line 2", row.Location);
        Assert.Equal(("1", "270", "150.00", "2", "Sam"), (row.OrderId, row.VoucherId, row.Price, row.Quantity, row.To));
        Assert.Equal(("marty.gift@example.co.uk", "12", "0.50", "2030-12-24", "11", "150.50"),
            (row.Email, row.DeliveryMethod, row.DeliveryPrice, row.DeliveryDate, row.PaymentMethodId, row.PaymentAmount));
        Assert.Empty(row.ReadProblems);
    }

    [Fact]
    public void The_sample_file_has_twenty_orders_of_which_exactly_one_is_invalid()
    {
        using var reader = SaleCsvReader.Open(RepositoryFiles.Sample("sales.csv"));
        Assert.Empty(reader.HeaderProblems);
        var orders = CsvText.Orders(reader.ReadRows());

        Assert.Equal(20, orders.Count);
        var invalid = Assert.Single(orders, o => !o.IsValid);
        Assert.Equal("S-1013", invalid.OrderId);
        var p = Assert.Single(invalid.Problems);
        Assert.Equal("email", p.Field);
        Assert.True(orders.Count(o => o.Rows.Count > 1) >= 4, "several multi-item orders");
        Assert.Contains(orders, o => o.Rows.Any(r => !string.IsNullOrEmpty(r.Quantity) && int.Parse(r.Quantity, CultureInfo.InvariantCulture) > 1));
        Assert.Contains(orders, o => o.Sale?.Cart.Items.Any(i => i.Id == "280") == true);
        Assert.Contains(orders, o => o.Sale?.Cart.Delivery?.DeliveryDate == "2030-12-24");
        Assert.Contains(orders, o => o.Sale?.Cart.Delivery?.DeliveryMethod == "13" && o.Sale.Cart.Delivery.Postcode != null);
        Assert.All(orders.Where(o => o.IsValid), o => Assert.Empty(SmartGift.SaleValidator.Validate(o.Sale!, o.Location)));
    }

    [Fact]
    public void The_sample_file_reads_the_same_under_a_comma_decimal_culture()
    {
        Cultures.Under("de-DE", () =>
        {
            using var reader = SaleCsvReader.Open(RepositoryFiles.Sample("sales.csv"));
            var orders = CsvText.Orders(reader.ReadRows());
            Assert.Equal(19, orders.Count(o => o.IsValid));
            Assert.Equal(150.50m, orders[0].Total);
        });
    }

    [Fact]
    public void A_quoted_newline_keeps_later_line_numbers_physical()
    {
        var text = CsvText.Lines(CsvText.Header,
            CsvText.Row("1", ("message", "\"Dear Sam,\nThank you,\r\nMarty\"")),
            CsvText.Row("2", ("price", "bad")));
        var (_, rows) = CsvText.Read(text);

        Assert.Equal(new long?[] { 2, 5 }, rows.Select(r => r.LineNumber));
        Assert.Equal("Dear Sam,\nThank you,\r\nMarty", rows[0].Message);
        var orders = CsvText.Orders(rows);
        Assert.True(orders[0].IsValid);
        Assert.Equal("line 5", orders[1].Problems.Single().Location);
    }

    [Fact]
    public void CRLF_line_endings_and_a_byte_order_mark_are_handled()
    {
        var text = "\uFEFF" + CsvText.Header + "\r\n" + CsvText.Row("1") + "\r\n" + CsvText.Row("2", ("to", "\"Smith, J\"")) + "\r\n";
        var (reader, rows) = CsvText.Read(text);

        Assert.Empty(reader.HeaderProblems);
        Assert.Equal(new long?[] { 2, 3 }, rows.Select(r => r.LineNumber));
        Assert.Equal("1", rows[0].OrderId);
        Assert.Equal("11", rows[0].PaymentMethodId);
        Assert.Equal("Smith, J", rows[1].To);
        Assert.All(CsvText.Orders(rows), o => Assert.True(o.IsValid, string.Join("; ", o.Problems)));
    }

    [Fact]
    public void A_UTF8_file_with_a_byte_order_mark_opens_by_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-bom-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, CsvText.Lines(CsvText.Header, CsvText.Row("1", ("first_name", "Siân"))), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            using var reader = SaleCsvReader.Open(path);
            Assert.Empty(reader.HeaderProblems);
            Assert.Equal("Siân", reader.ReadRows().Single().FirstName);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Header_names_match_case_insensitively_trimmed_and_with_spaces()
    {
        var header = string.Join(",", CsvText.Columns.Select(c => c == "delivery_price" ? " Delivery Price " : c.ToUpperInvariant()));
        var (reader, rows) = CsvText.Read(CsvText.Lines(header, CsvText.Row("1")));

        Assert.Empty(reader.HeaderProblems);
        Assert.Equal("0.50", rows.Single().DeliveryPrice);
    }

    [Fact]
    public void An_unknown_column_is_reported_once_and_ignored()
    {
        var (reader, rows) = CsvText.Read(CsvText.Lines(CsvText.Header + ",colour", CsvText.Row("1") + ",red", CsvText.Row("2") + ",blue"));

        Assert.Equal(new[] { "unknown column 'colour' ignored" }, reader.HeaderProblems);
        Assert.All(CsvText.Orders(rows), o => Assert.True(o.IsValid));
    }

    [Fact]
    public void A_repeated_column_is_reported_and_the_first_used()
    {
        var (reader, rows) = CsvText.Read(CsvText.Lines(CsvText.Header + ",PRICE", CsvText.Row("1") + ",9.99"));
        Assert.Contains(reader.HeaderProblems, h => h.Contains("'price' appears twice"));
        Assert.Equal("150.00", rows.Single().Price);
    }

    [Fact]
    public void A_missing_required_column_is_a_problem_on_each_order_naming_it()
    {
        var columns = CsvText.Columns.Where(c => c != "email").ToArray();
        var header = string.Join(",", columns);
        string Without(string row) => string.Join(",", row.Split(',').Where((_, i) => CsvText.Columns[i] != "email"));
        var orders = CsvText.Orders(CsvText.Lines(header, Without(CsvText.Row("1")), Without(CsvText.Row("1")), Without(CsvText.Row("2"))));

        Assert.Equal(2, orders.Count);
        foreach (var o in orders)
        {
            var p = Assert.Single(o.Problems);
            Assert.Equal("email", p.Field);
            Assert.Contains("column 'email' is missing", p.Message);
        }
        Assert.Equal("line 2", orders[0].Problems[0].Location);
        Assert.Equal("line 4", orders[1].Problems[0].Location);
    }

    [Fact]
    public void Missing_optional_columns_are_fine()
    {
        var required = new[] { "order_id", "voucher_id", "price", "first_name", "last_name", "email", "address1", "postcode", "town", "county", "delivery_method", "delivery_price", "payment_method_id" };
        var text = CsvText.Lines(string.Join(",", required), "1,270,150.00,Marty,Gift,m@example.com,1 Road,NP11 4EY,Newbridge,Newport,12,0.50,11");
        using var reader = new SaleCsvReader(new StringReader(text));
        Assert.Empty(reader.HeaderProblems);
        var order = Assert.Single(CsvText.Orders(reader.ReadRows()));
        Assert.True(order.IsValid, string.Join("; ", order.Problems));
        Assert.Equal(150.50m, order.Total);
    }

    [Fact]
    public void The_header_lists_every_missing_required_column()
    {
        var (reader, rows) = CsvText.Read(CsvText.Lines("order_id,voucher_id", "1,270"));
        Assert.Contains(reader.HeaderProblems, h => h.Contains("'price' is missing"));
        Assert.Contains(reader.HeaderProblems, h => h.Contains("'payment_method_id' is missing"));
        Assert.DoesNotContain(reader.HeaderProblems, h => h.Contains("'address2'"));
        Assert.Contains(rows.Single().ReadProblems, p => p.Field == "price" && p.Location == "line 2");
    }

    [Fact]
    public void An_empty_file_gives_no_rows_and_says_so()
    {
        var (reader, rows) = CsvText.Read("");
        Assert.Empty(rows);
        Assert.Contains("the file is empty", Assert.Single(reader.HeaderProblems));
    }

    [Fact]
    public void A_header_without_rows_gives_no_rows_and_says_so()
    {
        using var reader = new SaleCsvReader(new StringReader(CsvText.Header + "\r\n"));
        Assert.Equal(new[] { "the file has a header but no rows" }, reader.HeaderProblems);
        Assert.Empty(reader.ReadRows());
    }

    [Fact]
    public void Blank_lines_are_skipped_and_lines_still_counted()
    {
        var (_, rows) = CsvText.Read(CsvText.Lines(CsvText.Header, "", CsvText.Row("1"), "", "", CsvText.Row("2")));
        Assert.Equal(new long?[] { 3, 6 }, rows.Select(r => r.LineNumber));
        Assert.Equal(new long[] { 1, 2 }, rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Wrong_types_and_bad_money_are_per_row_problems_while_valid_rows_go_on()
    {
        var orders = CsvText.Orders(CsvText.Lines(CsvText.Header,
            CsvText.Row("1"),
            CsvText.Row("2", ("price", "12.345")),
            CsvText.Row("3", ("quantity", "two")),
            CsvText.Row("4", ("delivery_price", "-0.50")),
            CsvText.Row("5", ("payment_amount", "99.00")),
            CsvText.Row("6", ("delivery_date", "31/12/2030")),
            CsvText.Row("7")));

        Assert.Equal(new[] { true, false, false, false, false, false, true }, orders.Select(o => o.IsValid));
        Assert.Equal(new[] { ("line 3", "price"), ("line 4", "quantity"), ("line 5", "delivery_price"), ("line 6", "payment_amount"), ("line 7", "delivery_date") },
            orders.Where(o => !o.IsValid).Select(o => (o.Problems.Single().Location, o.Problems.Single().Field)));
    }

    [Fact]
    public void Conflicting_rows_of_one_order_are_reported_with_their_line()
    {
        var orders = CsvText.Orders(CsvText.Lines(CsvText.Header, CsvText.Row("1"), CsvText.Row("1", ("town", "Cardiff")), CsvText.Row("2")));
        var p = Assert.Single(orders[0].Problems);
        Assert.Equal(("line 3", "town"), (p.Location, p.Field));
        Assert.Contains("'Cardiff' differs from 'Newbridge' given at line 2", p.Message);
        Assert.True(orders[1].IsValid);
    }

    [Fact]
    public void A_one_megabyte_field_is_a_problem_for_its_row_only()
    {
        var huge = new string('x', 1024 * 1024);
        var orders = CsvText.Orders(CsvText.Lines(CsvText.Header, CsvText.Row("1"), CsvText.Row("2", ("message", huge)), CsvText.Row("3", ("first_name", "\"" + huge + "\"")), CsvText.Row("4")));

        Assert.Equal(new[] { true, false, false, true }, orders.Select(o => o.IsValid));
        var message = Assert.Single(orders[1].Problems);
        Assert.Equal(("line 3", "message"), (message.Location, message.Field));
        Assert.Equal("message is 1048576 characters long; at most 4000 are allowed", message.Message);
        Assert.Null(orders[1].Rows[0].Message);
        var name = Assert.Single(orders[2].Problems);
        Assert.Equal(("line 4", "first_name"), (name.Location, name.Field));
        Assert.True(name.ToString().Length < 200);
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_is_reported_with_its_line_and_earlier_rows_kept()
    {
        var orders = CsvText.Orders(CsvText.Header + "\n" + CsvText.Row("1") + "\n" + CsvText.Row("2", ("message", "\"never closed")) + "\n" + CsvText.Row("3") + "\n");

        Assert.Equal(2, orders.Count);
        Assert.True(orders[0].IsValid);
        var p = Assert.Single(orders[1].Problems, x => x.Field == "record");
        Assert.Equal("line 3", p.Location);
        Assert.Contains("unclosed quote", p.Message);
        Assert.Contains("after line 3", p.Message);
    }

    [Fact]
    public void A_stray_quote_is_a_problem_for_its_row_only()
    {
        var orders = CsvText.Orders(CsvText.Lines(CsvText.Header, CsvText.Row("1", ("to", "Sam \"the man\" Jones")), CsvText.Row("2"), CsvText.Row("3", ("from", "\"Al\"x"))));

        Assert.Equal(new[] { false, true, false }, orders.Select(o => o.IsValid));
        Assert.Equal(("line 2", "record"), (orders[0].Problems[0].Location, orders[0].Problems[0].Field));
        Assert.Contains("stray quote", orders[0].Problems[0].Message);
        Assert.Equal("line 4", orders[2].Problems[0].Location);
    }

    [Fact]
    public void An_unquoted_comma_that_shifts_the_columns_is_refused()
    {
        var orders = CsvText.Orders(CsvText.Lines(CsvText.Header, CsvText.Row("1", ("address1", "1 Bank Chambers, High Street")), CsvText.Row("2"), "3,270"));

        Assert.Equal(new[] { false, true, false }, orders.Select(o => o.IsValid));
        var shifted = orders[0].Problems[0];
        Assert.Equal(("line 2", "record"), (shifted.Location, shifted.Field));
        Assert.Contains("29 fields but the header has 28; a comma inside a value must be quoted", shifted.Message);
        Assert.Contains(orders[2].Problems, p => p.Field == "record" && p.Message.Contains("has 2 fields"));
    }

    [Fact]
    public void Rows_are_streamed_not_loaded()
    {
        var source = new EndlessCsv(CsvText.Header, n => CsvText.Row(n.ToString(CultureInfo.InvariantCulture)));
        using var reader = new SaleCsvReader(source);
        var first = reader.ReadRows().Take(3).ToList();

        Assert.Equal(new[] { "1", "2", "3" }, first.Select(r => r.OrderId));
        Assert.True(source.RowsProduced < 1000, "read " + source.RowsProduced + " rows for 3");
    }

    [Fact]
    public void Rows_can_be_read_once()
    {
        using var reader = new SaleCsvReader(new StringReader(CsvText.Lines(CsvText.Header, CsvText.Row("1"))));
        _ = reader.ReadRows().ToList();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }
}
