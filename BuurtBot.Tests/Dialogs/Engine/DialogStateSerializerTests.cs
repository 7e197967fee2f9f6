using System.Text.Json;
using BuurtBot.Dialogs.Engine;
using CsCheck;

namespace BuurtBot.Tests.Dialogs.Engine;

public sealed class DialogStateSerializerTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char["abcxyzëé _-\"\\/\n\t0123456789"].Array[0, 8].Select(chars => new string(chars)),
        Gen.OneOf<string>("", "👍🏽", "coördinator", "{\"json\":\"as text\"}", "\u0000", "ü\u00A0"));

    private static readonly Gen<string> Id = Gen.Char["abcdefgh-."].Array[1, 6].Select(chars => new string(chars));

    private static readonly Gen<object?> Leaf = Gen.OneOf(
        Text.Select(text => (object?)text),
        Gen.Long.Select(number => (object?)number),
        Gen.Double.Select(number => (object?)(double.IsFinite(number) ? number : 0.5)),
        Gen.OneOf<object?>(0.0, -0.0, 1.0, 1e300, double.Epsilon, long.MinValue, true, false, null));

    [Fact]
    public void RandomStacksRoundTripExactly()
    {
        Stack(depth: 2).Sample(state =>
        {
            var json = DialogStateSerializer.Serialize(state);
            var loaded = DialogStateSerializer.Deserialize(json);

            AssertSameState(state, loaded);
            Assert.Equal(json, DialogStateSerializer.Serialize(loaded));
        }, iter: 300);
    }

    [Fact]
    public void NothingSavedYetIsAnEmptyStack()
    {
        Assert.Empty(DialogStateSerializer.Deserialize(null).DialogStack);
        Assert.Empty(DialogStateSerializer.Deserialize("  ").DialogStack);
    }

    [Fact]
    public void AWholeDoubleStaysADouble()
    {
        var state = new DialogState([new DialogInstance("d", new Dictionary<string, object?> { ["x"] = 2.0, ["n"] = 2L })]);

        var loaded = DialogStateSerializer.Deserialize(DialogStateSerializer.Serialize(state));

        Assert.IsType<double>(loaded.DialogStack[0].State["x"]);
        Assert.IsType<long>(loaded.DialogStack[0].State["n"]);
    }

    [Fact]
    public void NoTypeNamesAreWritten()
    {
        var state = new DialogState([new DialogInstance("main", new Dictionary<string, object?> { ["values"] = new Dictionary<string, object?> { ["a"] = 1L } })]);

        Assert.Equal("""{"dialogStack":[{"id":"main","state":{"values":{"a":1}}}]}""", DialogStateSerializer.Serialize(state));
    }

    [Fact]
    public void AValueJsonCannotCarryIsRefusedWithAHint()
    {
        var state = new DialogState([new DialogInstance("main", new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch })]);

        var error = Assert.Throws<JsonException>(() => DialogStateSerializer.Serialize(state));

        Assert.Contains("SetValue", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"dialogStack\":[{\"id\":\"x\"}]}")]
    [InlineData("{\"dialogStack\":\"nope\"}")]
    [InlineData("{not json")]
    public void JsonInAnotherShapeIsAJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => DialogStateSerializer.Deserialize(json));
    }

    private static Gen<DialogState> Stack(int depth) =>
        Gen.Select(Id, Bag(depth), (id, state) => new DialogInstance(id, state)).List[0, 4].Select(stack => new DialogState(stack));

    private static Gen<Dictionary<string, object?>> Bag(int depth) =>
        Gen.Select(Text, Value(depth)).List[0, 4].Select(pairs =>
        {
            var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in pairs)
            {
                bag.TryAdd(key, value);
            }

            return bag;
        });

    private static Gen<object?> Value(int depth) =>
        depth == 0
            ? Leaf
            : Gen.OneOf(
                Leaf,
                Bag(depth - 1).Select(bag => (object?)bag),
                Value(depth - 1).List[0, 3].Select(list => (object?)list));

    private static void AssertSameState(DialogState expected, DialogState actual)
    {
        Assert.Equal(expected.DialogStack.Count, actual.DialogStack.Count);
        foreach (var (want, got) in expected.DialogStack.Zip(actual.DialogStack))
        {
            Assert.Equal(want.Id, got.Id);
            AssertSameValue(want.State, got.State);
        }
    }

    private static void AssertSameValue(object? expected, object? actual)
    {
        switch (expected)
        {
            case IDictionary<string, object?> bag:
                var other = Assert.IsAssignableFrom<IDictionary<string, object?>>(actual);
                Assert.Equal(bag.Keys, other.Keys);
                foreach (var key in bag.Keys)
                {
                    AssertSameValue(bag[key], other[key]);
                }

                break;
            case IList<object?> list:
                var otherList = Assert.IsAssignableFrom<IList<object?>>(actual);
                Assert.Equal(list.Count, otherList.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], otherList[i]);
                }

                break;
            case double number:
                Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(actual)));
                break;
            default:
                Assert.Equal(expected, actual);
                Assert.Equal(expected?.GetType(), actual?.GetType());
                break;
        }
    }
}
