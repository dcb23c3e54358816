using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmartGift.PowerShell.Tests;

/// <summary>
/// CSV rows bind to the cmdlets as PowerShell binds them: by property name, to a parameter's
/// name or one of its aliases, case-insensitively.
/// </summary>
public class PipelineBindingTests
{
    /// <summary>The sale columns of docs/csv-format.md, in order, as Core declares them (the one declaration).</summary>
    public static readonly string[] SaleColumns = SmartGift.SaleColumns.Table.Select(c => c.Name).ToArray();

    public static readonly string[] RedemptionColumns = SmartGift.RedemptionColumns.Table.Select(c => c.Name).ToArray();

    [Fact]
    public void The_sale_column_list_is_the_header_of_the_sample_file()
    {
        Assert.Equal(SaleColumns, Header(ModuleFolder.Repo("docs", "samples", "sales.csv")));
    }

    [Fact]
    public void Docs_csv_format_column_tables_equal_the_column_table()
    {
        // Issue 19: the docs' column tables come from the one table (name, per order or item, required, where it is sent).
        var text = File.ReadAllLines(ModuleFolder.Repo("docs", "csv-format.md"));
        Assert.Equal(Described(SmartGift.SaleColumns.Table, withKind: true), DocTable(text, "| column | kind | required | sent as |", withKind: true));
        Assert.Equal(Described(SmartGift.RedemptionColumns.Table, withKind: false), DocTable(text, "| column | required | sent as |", withKind: false));
    }

    [Fact]
    public void A_header_means_its_column_whatever_its_case_spaces_hyphens_or_underscores()
    {
        foreach (var header in new[] { "delivery_email", "Delivery Email", "Delivery-Email", "DeliveryEmail", " DELIVERY_EMAIL ", "\uFEFFdelivery email" })
            Assert.Equal("delivery_email", SmartGift.SaleColumns.Table.Find(header)?.Name);
        Assert.Equal("site_id", SmartGift.RedemptionColumns.Table.Find("Site ID")?.Name);
        Assert.Equal("voucher_no", SmartGift.RedemptionColumns.Table.Find("VoucherNumber")?.Name);
        Assert.Null(SmartGift.SaleColumns.Table.Find("colour"));
    }

    private static List<string> Described(CsvColumnTable table, bool withKind) =>
        table.Select(c => c.Name + (withKind ? " | " + (c.PerOrder ? "order" : "item") : "") + " | " + (c.Required ? "yes" : "no") + " | " + (c.WirePath ?? "not sent")).ToList();

    /// <summary>The rows of the docs' table under the header line: name, kind, required (yes, or not), sent as.</summary>
    private static List<string> DocTable(string[] lines, string header, bool withKind)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/csv-format.md has no table headed " + header);
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).Select(l =>
        {
            var cells = l.Split('|').Skip(1).Select(c => c.Trim().Trim('`')).ToArray();
            var k = withKind ? 1 : 0;
            return cells[0] + (withKind ? " | " + cells[1] : "") + " | " + (cells[1 + k] == "yes" ? "yes" : "no") + " | " + cells[2 + k];
        }).ToList();
    }

    [Fact]
    public void The_redemption_column_list_is_the_header_of_the_sample_file()
    {
        Assert.Equal(RedemptionColumns, Header(ModuleFolder.Repo("docs", "samples", "redemptions.csv")));
    }

    [Theory]
    [InlineData("New-SgSale")]
    [InlineData("Compare-SgSale")]
    public void Every_sale_column_binds_by_property_name_to_exactly_one_string_parameter(string name)
    {
        var cmdlet = CmdletMetadata.Cmdlet(name);
        foreach (var column in SaleColumns)
        {
            var bound = BindsTo(cmdlet, "Row", column);
            Assert.True(bound.Count == 1, $"{name}: column {column} binds to {bound.Count} parameters ({string.Join(", ", bound.Select(p => p.Name))})");
            var parameter = bound[0];
            Assert.Equal("String", parameter.TypeName);
            Assert.False(parameter.Uses.Any(u => u.Mandatory && (u.Set == "Row" || u.Set == CmdletParameter.AllSets)), column + " must not be mandatory: a missing value fails its order, not binding");
            // PascalCase name, snake_case alias (PowerShell refuses an alias equal to the name).
            Assert.Equal(column.Replace("_", ""), parameter.Name, ignoreCase: true);
            if (column.Contains('_')) Assert.Contains(column, parameter.Aliases);
        }
    }

    [Theory]
    [InlineData("New-SgSale")]
    [InlineData("Compare-SgSale")]
    [InlineData("Invoke-SgRedeem")]
    public void The_pipeline_object_itself_is_kept_as_the_row_source(string name)
    {
        var input = CmdletMetadata.Cmdlet(name).Parameter("InputObject");
        Assert.Equal("PSObject", input.TypeName);
        Assert.All(input.Uses, u => Assert.True(u.FromPipeline && !u.Mandatory));
    }

    [Fact]
    public void Every_redemption_column_binds_by_property_name_to_exactly_one_Invoke_SgRedeem_parameter()
    {
        var redeem = CmdletMetadata.Cmdlet("Invoke-SgRedeem");
        foreach (var column in RedemptionColumns)
        {
            var bound = BindsTo(redeem, CmdletParameter.AllSets, column);
            Assert.True(bound.Count == 1, $"column {column} binds to {bound.Count} parameters");
            Assert.DoesNotContain(bound[0].Uses, u => u.Mandatory);
        }
        Assert.Equal("Object[]", redeem.Parameter("Experience").TypeName);
        Assert.Equal("String", redeem.Parameter("Value").TypeName);
        Assert.Contains("VoucherNo", redeem.Parameter("VoucherNumber").Aliases);
    }

    [Fact]
    public void A_voucher_hold_from_Lock_SgVoucher_binds_its_number_and_token_to_Invoke_SgRedeem()
    {
        var holdProperties = CmdletMetadata.PublicPropertiesOf("SmartGift.VoucherHold");
        Assert.Contains("VoucherNumber", holdProperties);
        Assert.Contains("HoldToken", holdProperties);
        var redeem = CmdletMetadata.Cmdlet("Invoke-SgRedeem");
        Assert.Single(BindsTo(redeem, CmdletParameter.AllSets, "VoucherNumber"));
        Assert.Single(BindsTo(redeem, CmdletParameter.AllSets, "HoldToken"));
        // Nothing else of the hold binds by accident (its Message is not a redemption field).
        var others = holdProperties.Except(new[] { "VoucherNumber", "HoldToken" });
        Assert.All(others, p => Assert.Empty(BindsTo(redeem, CmdletParameter.AllSets, p)));
    }

    [Fact]
    public void Lock_SgVoucher_takes_voucher_numbers_by_value_and_by_property_name()
    {
        var use = CmdletMetadata.Cmdlet("Lock-SgVoucher").Parameter("VoucherNumber").Uses.Single();
        Assert.True(use.FromPipeline && use.ByPropertyName && use.Mandatory);
        Assert.Equal(0, use.Position);
        Assert.Contains("voucher_no", CmdletMetadata.Cmdlet("Lock-SgVoucher").Parameter("VoucherNumber").Aliases);
    }

    [Fact]
    public void Catalogue_and_payment_ids_complete_from_the_cache()
    {
        foreach (var (cmdlet, parameter) in new[] { ("New-SgSale", "VoucherId"), ("New-SgSale", "PaymentMethodId"), ("Get-SgPaymentMethod", "Name"), ("Get-SgPaymentMethod", "Id"), ("Invoke-SgRedeem", "CatalogueVoucherId") })
        {
            Assert.Contains("ArgumentCompleterAttribute", CmdletMetadata.Cmdlet(cmdlet).Parameter(parameter).Attributes);
        }
    }

    [Theory]
    [InlineData("New-SgSale")]
    [InlineData("Compare-SgSale")]
    public void Sale_columns_are_bound_in_one_pass_not_by_PowerShell_per_parameter(string name)
    {
        // 28 ValueFromPipelineByPropertyName parameters made binding 42% of a -WhatIf validation.
        var cmdlet = CmdletMetadata.Cmdlet(name);
        var columns = cmdlet.Parameters.Where(p => p.Uses.Any(u => u.Set == "Row" && u.ByPropertyName)).ToList();
        Assert.Equal(28, columns.Count);
        Assert.All(columns, c => Assert.DoesNotContain(c.Uses, u => u.DeclaredByPropertyName));
        Assert.All(columns, c => Assert.Contains("RowColumnAttribute", c.Attributes));
    }

    private static List<CmdletParameter> BindsTo(CmdletDeclaration cmdlet, string set, string property) =>
        cmdlet.Parameters
            .Where(p => p.Uses.Any(u => u.ByPropertyName && (u.Set == set || u.Set == CmdletParameter.AllSets || set == CmdletParameter.AllSets)))
            .Where(p => p.NamesAndAliases.Contains(property, StringComparer.OrdinalIgnoreCase))
            .ToList();

    private static string[] Header(string path) => File.ReadLines(path).First().TrimStart('\uFEFF').Split(',').Select(c => c.Trim()).ToArray();
}
