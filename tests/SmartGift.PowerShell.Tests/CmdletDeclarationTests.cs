using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.PowerShell.Tests
{
    /// <summary>The compiled cmdlets' declarations, read from the built module's metadata.</summary>
    public class CmdletDeclarationTests
    {
        public static readonly string[] ExpectedCmdlets =
        {
            "Connect-SgService", "Disconnect-SgService", "Get-SgSession", "Get-SgVoucher", "Get-SgPaymentMethod",
            "New-SgSale", "Invoke-SgRedeem", "Lock-SgVoucher", "Compare-SgSale", "Compare-SgRedemption", "Get-SgJournalRecord", "Set-SgJournalRecord",
        };

        // Every common parameter and its alias: a cmdlet parameter or alias with one of these names fails at run time.
        private static readonly string[] CommonNames =
        {
            "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa",
            "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv", "OutVariable", "ov",
            "OutBuffer", "ob", "PipelineVariable", "pv", "ProgressAction", "proga", "WhatIf", "wi", "Confirm", "cf",
        };

        public static IEnumerable<object[]> Names => ExpectedCmdlets.Select(n => new object[] { n });

        [Fact]
        public void The_module_has_exactly_the_expected_cmdlets()
        {
            Assert.Equal(ExpectedCmdlets.OrderBy(n => n), CmdletMetadata.Cmdlets.Select(c => c.Name).OrderBy(n => n));
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Verb_is_approved_and_the_class_is_named_for_the_cmdlet(string name)
        {
            var cmdlet = CmdletMetadata.Cmdlet(name);
            Assert.Contains(cmdlet.Verb, CmdletMetadata.ApprovedVerbs);
            Assert.StartsWith("Sg", cmdlet.Noun);
            Assert.Equal("SmartGift.Commands", cmdlet.Namespace);
            Assert.Equal(cmdlet.Verb + cmdlet.Noun + "Command", cmdlet.ClassName);
        }

        [Theory]
        [InlineData("New-SgSale", true, "Medium")]
        [InlineData("Invoke-SgRedeem", true, "Medium")]
        [InlineData("Lock-SgVoucher", true, "Low")]
        [InlineData("Connect-SgService", false, "Medium (default)")]
        [InlineData("Disconnect-SgService", false, "Medium (default)")]
        [InlineData("Get-SgSession", false, "Medium (default)")]
        [InlineData("Get-SgVoucher", false, "Medium (default)")]
        [InlineData("Get-SgPaymentMethod", false, "Medium (default)")]
        [InlineData("Compare-SgSale", false, "Medium (default)")]
        [InlineData("Compare-SgRedemption", false, "Medium (default)")]
        [InlineData("Get-SgJournalRecord", false, "Medium (default)")]
        [InlineData("Set-SgJournalRecord", true, "Medium")]
        public void ShouldProcess_where_something_is_sent_or_changed(string name, bool supportsShouldProcess, string confirmImpact)
        {
            var cmdlet = CmdletMetadata.Cmdlet(name);
            Assert.Equal(supportsShouldProcess, cmdlet.SupportsShouldProcess);
            Assert.Equal(confirmImpact, cmdlet.ConfirmImpact);
        }

        [Theory]
        [InlineData("Connect-SgService", "SmartGift.SmartGiftSession")]
        [InlineData("Get-SgSession", "SmartGift.SmartGiftSession")]
        [InlineData("Get-SgVoucher", "SmartGift.Voucher")]
        [InlineData("Get-SgPaymentMethod", "SmartGift.PaymentMethod")]
        [InlineData("New-SgSale", "SmartGift.OrderResult")]
        [InlineData("Invoke-SgRedeem", "SmartGift.RedemptionResult")]
        [InlineData("Lock-SgVoucher", "SmartGift.VoucherHold")]
        [InlineData("Compare-SgSale", "SmartGift.ReconciliationRow", "SmartGift.ReconciliationSummary")]
        [InlineData("Compare-SgRedemption", "SmartGift.RedemptionReconciliationRow", "SmartGift.ReconciliationSummary")]
        [InlineData("Disconnect-SgService")]
        [InlineData("Get-SgJournalRecord", "SmartGift.JournalRecord")]
        [InlineData("Set-SgJournalRecord", "SmartGift.JournalRecord")]
        public void OutputType_names_what_the_cmdlet_writes(string name, params string[] outputTypes)
        {
            Assert.Equal(outputTypes.OrderBy(t => t), CmdletMetadata.Cmdlet(name).OutputTypes.OrderBy(t => t));
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void No_parameter_name_or_alias_is_declared_twice_or_shadows_a_common_parameter(string name)
        {
            // PowerShell compares names case-insensitively and refuses the whole cmdlet on a clash.
            var cmdlet = CmdletMetadata.Cmdlet(name);
            var all = cmdlet.Parameters.SelectMany(p => p.NamesAndAliases).ToList();
            var duplicates = all.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.Empty(duplicates);
            Assert.Empty(all.Intersect(CommonNames, StringComparer.OrdinalIgnoreCase));
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Positions_are_unique_within_each_parameter_set(string name)
        {
            var cmdlet = CmdletMetadata.Cmdlet(name);
            foreach (var set in cmdlet.Sets)
            {
                var positions = cmdlet.Parameters
                    .SelectMany(p => p.Uses.Where(u => u.Set == set || u.Set == CmdletParameter.AllSets).Select(u => u.Position))
                    .Where(p => p != null).ToList();
                Assert.Equal(positions.Count, positions.Distinct().Count());
            }
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void A_cmdlet_with_parameter_sets_names_its_default_set(string name)
        {
            // Without a default, PowerShell cannot pick a set for a call that names none.
            var cmdlet = CmdletMetadata.Cmdlet(name);
            if (cmdlet.NamedSets.Count > 0) Assert.NotNull(cmdlet.DefaultParameterSet);
            else Assert.Null(cmdlet.DefaultParameterSet);
        }

        [Theory]
        [InlineData("Get-SgVoucher")]
        [InlineData("Get-SgPaymentMethod")]
        [InlineData("New-SgSale")]
        [InlineData("Invoke-SgRedeem")]
        [InlineData("Lock-SgVoucher")]
        [InlineData("Compare-SgSale")]
        [InlineData("Compare-SgRedemption")]
        public void Cmdlets_that_call_Smart_Gift_take_an_optional_session_and_are_disposable(string name)
        {
            var cmdlet = CmdletMetadata.Cmdlet(name);
            var session = cmdlet.Parameter("Session");
            Assert.Equal("SmartGiftSession", session.TypeName);
            Assert.All(session.Uses, u => Assert.False(u.Mandatory));
            Assert.Contains("SessionTransformationAttribute", session.Attributes);
            Assert.True(cmdlet.Disposable, name + " must release its import and cancellation source");
        }

        [Fact]
        public void Connect_takes_the_key_as_SecureString_PSCredential_or_a_vault_secret_never_as_plain_text()
        {
            var connect = CmdletMetadata.Cmdlet("Connect-SgService");
            Assert.Equal("SecureString", connect.Parameter("ApiKey").TypeName);
            Assert.Equal("PSCredential", connect.Parameter("Credential").TypeName);
            Assert.True(connect.Parameter("ApiKey").Uses.Single().Mandatory);
            Assert.True(connect.Parameter("SecretName").Uses.Single().Mandatory);
            // A string limited to the enum's names: no cmdlet type may hold a SmartGift.Core enum (DependencyTests).
            Assert.Equal("String", connect.Parameter("Environment").TypeName);
            Assert.Contains("ValidateSetAttribute", connect.Parameter("Environment").Attributes);
            Assert.Equal("Uri", connect.Parameter("BaseUri").TypeName);
            Assert.Equal("SwitchParameter", connect.Parameter("PassThru").TypeName);
            Assert.Equal(0, connect.Parameter("Name").Uses.Single().Position);
            Assert.Equal(new[] { "ApiKey", "Credential", "EnvironmentVariable", "Secret" }, connect.Sets.OrderBy(s => s));
            Assert.Equal("EnvironmentVariable", connect.DefaultParameterSet);
            // No parameter anywhere takes a key as a plain string.
            Assert.DoesNotContain(CmdletMetadata.Cmdlets.SelectMany(c => c.Parameters), p => p.Name.Contains("Key") && p.TypeName == "String");
        }

        [Fact]
        public void Get_SgVoucher_filters_by_wildcard_name_id_type_status_and_can_refresh()
        {
            var get = CmdletMetadata.Cmdlet("Get-SgVoucher");
            Assert.Equal(0, get.Parameter("Name").Uses.Single().Position);
            Assert.Contains("SupportsWildcardsAttribute", get.Parameter("Name").Attributes);
            Assert.Contains("ArgumentCompleterAttribute", get.Parameter("Name").Attributes);
            Assert.Contains("ArgumentCompleterAttribute", get.Parameter("Id").Attributes);
            Assert.Equal("String", get.Parameter("Type").TypeName);
            Assert.Contains("ValidateSetAttribute", get.Parameter("Type").Attributes);
            Assert.Equal("String", get.Parameter("Status").TypeName);
            Assert.Contains("ValidateSetAttribute", get.Parameter("Status").Attributes);
            Assert.Equal("SwitchParameter", get.Parameter("Force").TypeName);
        }

        [Fact]
        public void New_SgSale_takes_a_whole_cart_with_an_order_id_in_its_own_set()
        {
            var sale = CmdletMetadata.Cmdlet("New-SgSale");
            Assert.Equal("Row", sale.DefaultParameterSet);
            Assert.Equal(new[] { "Cart", "LiteralPath", "Path", "Row" }, sale.Sets.OrderBy(s => s));
            Assert.True(sale.Parameter("Cart").Uses.Single(u => u.Set == "Cart").Mandatory);
            Assert.Equal("Cart", sale.Parameter("Cart").TypeName);
            Assert.True(sale.Parameter("OrderId").Uses.Single(u => u.Set == "Cart").Mandatory);
            Assert.False(sale.Parameter("OrderId").Uses.Single(u => u.Set == "Row").Mandatory);
            foreach (var common in new[] { "JournalPath", "NoLedger", "RetryUnknown", "MaxConcurrency", "Session" })
            {
                Assert.True(sale.Parameter(common).InSet("Row") && sale.Parameter(common).InSet("Cart") && sale.Parameter(common).InSet("Path") && sale.Parameter(common).InSet("LiteralPath"), common);
            }
        }

        [Fact]
        public void New_SgSale_reads_a_file_itself_in_a_set_of_its_own()
        {
            var sale = CmdletMetadata.Cmdlet("New-SgSale");
            var path = sale.Parameter("Path").Uses.Single();
            Assert.Equal(("Path", true, (int?)0), (path.Set, path.Mandatory, path.Position));
            Assert.False(path.FromPipeline);
            // How the file is read belongs to the file: never offered with piped rows or a cart.
            var literal = sale.Parameter("LiteralPath").Uses.Single();
            Assert.Equal(("LiteralPath", true, (int?)null), (literal.Set, literal.Mandatory, literal.Position));
            foreach (var reading in new[] { "Delimiter", "Encoding" })
            {
                var uses = sale.Parameter(reading).Uses;
                Assert.Equal(new[] { "LiteralPath", "Path" }, uses.Select(u => u.Set).OrderBy(s => s));
                Assert.All(uses, use => Assert.False(use.Mandatory));
            }
            Assert.False(sale.Parameter("VoucherId").InSet("Path"));
        }

        [Fact]
        public void Compare_SgSale_reads_the_ledger_a_journal_is_optional_and_offers_a_summary_switch()
        {
            var compare = CmdletMetadata.Cmdlet("Compare-SgSale");
            Assert.False(compare.Parameter("JournalPath").Uses.Single().Mandatory);
            Assert.Equal("SwitchParameter", compare.Parameter("Summary").TypeName);
        }
    }
}
