using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.PowerShell.Tests;

/// <summary>The compiled cmdlets' declarations, read from the built module's metadata.</summary>
public class CmdletDeclarationTests
{
    // Every common parameter and its alias: a cmdlet parameter or alias with one of these names fails at run time.
    private static readonly string[] CommonNames =
    {
        "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa",
        "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv", "OutVariable", "ov",
        "OutBuffer", "ob", "PipelineVariable", "pv", "ProgressAction", "proga", "WhatIf", "wi", "Confirm", "cf",
    };

    /// <summary>Every cmdlet of the built assembly (which ones it has is ManifestTests' and Pester's business).</summary>
    public static IEnumerable<object[]> Names => CmdletMetadata.Cmdlets.Select(c => new object[] { c.Name });

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
    [MemberData(nameof(Names))]
    public void OutputType_is_declared_by_every_cmdlet_that_writes_objects(string name)
    {
        var cmdlet = CmdletMetadata.Cmdlet(name);
        // Disconnect-SgService writes nothing; every other cmdlet's objects are what tab completion and Get-Command -Syntax show.
        if (name == "Disconnect-SgService") Assert.Empty(cmdlet.OutputTypes);
        else Assert.NotEmpty(cmdlet.OutputTypes);
        Assert.All(cmdlet.OutputTypes, type => Assert.StartsWith("SmartGift.", type, StringComparison.Ordinal));
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
    public void No_parameter_takes_a_key_as_plain_text()
    {
        // Pester drives Connect-SgService's -ApiKey (SecureString), -Credential and -SecretName sets.
        Assert.DoesNotContain(CmdletMetadata.Cmdlets.SelectMany(c => c.Parameters), p => p.Name.Contains("Key") && p.TypeName == "String");
    }
}
