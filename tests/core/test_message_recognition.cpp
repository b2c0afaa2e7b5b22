// Reading a stored English sentence back as its message: a KPI's note is kept as text in the
// week's snapshot, and the ui translates it by recognising which sentence it is. Oracle: the
// sentences as the core writes them, by hand.
#include "kpi/kpi_value.h"
#include "util/message.h"

#include <gtest/gtest.h>

using namespace stocktower;
using util::MessageId;

TEST(MessageRecognition, ASentenceWithArgumentsReadsBackAsItsMessage) {
    const auto sample = util::recogniseEnglish("sample 19 orders is below the minimum of 20", util::kKpiNoteFirst,
                                               util::kKpiNoteLast);
    ASSERT_TRUE(sample);
    EXPECT_EQ(sample->id, MessageId::KpiNoteSampleBelowMinimum);
    EXPECT_EQ(sample->args, (std::vector<std::string>{"19", "orders", "20"}));
    // Characters a pattern would read as its own ((, ), ', %) are matched as text.
    const auto older = util::recogniseEnglish(
        "includes stock older than the receipt history (12% of value), aged from the first recorded receipt",
        util::kKpiNoteFirst, util::kKpiNoteLast);
    ASSERT_TRUE(older);
    EXPECT_EQ(older->id, MessageId::KpiNoteOlderThanReceipts);
    EXPECT_EQ(older->args, std::vector<std::string>{"12"});
    const auto picks = util::recogniseEnglish("no pick checks recorded (the orders' pick_errors column is empty)",
                                              util::kKpiNoteFirst, util::kKpiNoteLast);
    ASSERT_TRUE(picks);
    EXPECT_EQ(picks->id, MessageId::KpiNoteNoPickChecks);
}

TEST(MessageRecognition, EveryKpiNoteReadsBackAsItself) {
    for (auto id = static_cast<int>(util::kKpiNoteFirst); id <= static_cast<int>(util::kKpiNoteLast); ++id) {
        const util::Message message{static_cast<MessageId>(id), {"7", "picking hours", "8"}};
        // Only as many arguments as the sentence has.
        const std::string text = util::englishText(message);
        const auto back = util::recogniseEnglish(text, util::kKpiNoteFirst, util::kKpiNoteLast);
        ASSERT_TRUE(back) << text;
        EXPECT_EQ(back->id, message.id) << text;
        EXPECT_EQ(util::englishText(*back), text);
    }
}

TEST(MessageRecognition, OtherTextIsNotRecognised) {
    EXPECT_FALSE(util::recogniseEnglish("counted by the night shift", util::kKpiNoteFirst, util::kKpiNoteLast));
    // A sentence of the range with text after it is not that sentence.
    EXPECT_FALSE(util::recogniseEnglish("no cycle counts in the week, again", util::kKpiNoteFirst, util::kKpiNoteLast));
    // The core writes its notes with kpiNote(), which they must read back from.
    EXPECT_EQ(kpi::kpiNote(MessageId::KpiNoteNoCycleCounts), "no cycle counts in the week");
}
