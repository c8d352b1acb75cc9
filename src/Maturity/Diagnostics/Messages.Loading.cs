using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Reading files: encoding, size, YAML, the rule-set chain.</summary>
internal static partial class Messages
{
    public static LocalizedMessage SecondDocument() => Of(nameof(SecondDocument));

    public static LocalizedMessage AliasNotAccepted(string alias) => Of(nameof(AliasNotAccepted), ("alias", alias));

    public static LocalizedMessage AnchorNotAccepted(string anchor) => Of(nameof(AnchorNotAccepted), ("anchor", anchor));

    public static LocalizedMessage TagNotAccepted(string tag) => Of(nameof(TagNotAccepted), ("tag", tag));

    public static LocalizedMessage NestingTooDeep(int limit) => Of(nameof(NestingTooDeep), ("limit", limit));

    public static LocalizedMessage YamlSyntax(string detail) => Of(nameof(YamlSyntax), ("detail", detail));

    public static LocalizedMessage YamlUnreadableAfter() => Of(nameof(YamlUnreadableAfter));

    public static LocalizedMessage FileEmpty() => Of(nameof(FileEmpty));

    public static LocalizedMessage KeyNotText(LocalizedMessage kind) => Of(nameof(KeyNotText), ("kind", kind));

    public static LocalizedMessage KindScalar() => Of(nameof(KindScalar));

    public static LocalizedMessage KindList() => Of(nameof(KindList));

    public static LocalizedMessage KindMapping() => Of(nameof(KindMapping));

    public static LocalizedMessage DuplicateKey(string key) => Of(nameof(DuplicateKey), ("key", key));

    public static LocalizedMessage FileIsUtf16() => Of(nameof(FileIsUtf16));

    public static LocalizedMessage InvalidUtf8Byte(string value) => Of(nameof(InvalidUtf8Byte), ("value", value));

    public static LocalizedMessage NulCharacter() => Of(nameof(NulCharacter));

    public static LocalizedMessage FileNotFound() => Of(nameof(FileNotFound));

    public static LocalizedMessage FolderNotAFile() => Of(nameof(FolderNotAFile));

    public static LocalizedMessage NotARegularFile() => Of(nameof(NotARegularFile));

    public static LocalizedMessage SpecialFileSkipped() => Of(nameof(SpecialFileSkipped));

    public static LocalizedMessage CannotReadFile(string reason) => Of(nameof(CannotReadFile), ("reason", reason));

    public static LocalizedMessage FileTooLarge(long size, long limit) => Of(nameof(FileTooLarge), ("size", size), ("limit", limit));

    public static LocalizedMessage FileOverLimit(long limit) => Of(nameof(FileOverLimit), ("limit", limit));

    public static LocalizedMessage FolderNotFound() => Of(nameof(FolderNotFound));

    public static LocalizedMessage TextTooLong(long length, long limit) => Of(nameof(TextTooLong), ("length", length), ("limit", limit));

    public static LocalizedMessage InvalidRuleSetId(string id) => Of(nameof(InvalidRuleSetId), ("id", id));

    public static LocalizedMessage RuleSetAlreadyDeclared(string ruleSet, string file) => Of(nameof(RuleSetAlreadyDeclared), ("ruleSet", ruleSet), ("file", file));

    public static LocalizedMessage ExtendsNotFound(string ruleSet, IReadOnlyList<string> loaded) => Of(nameof(ExtendsNotFound), ("ruleSet", ruleSet), ("loaded", loaded));

    public static LocalizedMessage ExtendsCycle(string chain) => Of(nameof(ExtendsCycle), ("chain", chain));

    public static LocalizedMessage ExtendsTooDeep(int limit, string chain) => Of(nameof(ExtendsTooDeep), ("limit", limit), ("chain", chain));

    public static LocalizedMessage LevelsOnGroup() => Of(nameof(LevelsOnGroup));

    public static LocalizedMessage MergeOnGroup() => Of(nameof(MergeOnGroup));

    public static LocalizedMessage MergeTargetNotFound(string dimension) => Of(nameof(MergeTargetNotFound), ("dimension", dimension));
}
