#include "storage/ReadAhead.h"

#include <QTest>

#include <atomic>

using namespace homeward;

// ReadAhead runs a reader on a worker thread: the rows must come in order,
// all of them, the reader must never run more than the queue ahead, and a
// cancel must stop it at its next row.
class ReadAheadTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRowInOrder_data();
    void everyRowInOrder();
    void readerStaysBoundedAhead();
    void cancelStopsTheReader();
    void destroyedWhileReadingStopsTheReader();
};

void ReadAheadTest::everyRowInOrder_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("progressEvery"); // 0: no progress reports
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("one batch exactly") << int(ReadAhead<int>::kBatchRows) << 0;
    QTest::newRow("one more than a batch") << int(ReadAhead<int>::kBatchRows) + 1 << 0;
    QTest::newRow("many, progress often") << 100000 << 7;
    QTest::newRow("many, progress rarely") << 100000 << 4096;
}

void ReadAheadTest::everyRowInOrder()
{
    QFETCH(int, rows);
    QFETCH(int, progressEvery);
    ReadAhead<int> ahead;
    bool readerFinished = false;
    ahead.start([&](const auto &push, const auto &report) {
        for (int i = 0; i < rows; ++i) {
            if (!push(int(i)))
                return;
            if (progressEvery > 0 && (i + 1) % progressEvery == 0 && !report(qint64(i + 1)))
                return;
        }
        readerFinished = true;
    });
    std::vector<int> batch;
    qint64 mark = 0;
    qint64 lastMark = 0;
    int expected = 0;
    while (ahead.take(batch, mark)) {
        QVERIFY(!batch.empty());
        for (const int value : batch)
            QCOMPARE(value, expected++);
        QVERIFY(mark >= lastMark); // marks never go back
        QVERIFY(mark <= expected); // and never run ahead of the rows handed
        lastMark = mark;
    }
    ahead.finish();
    QVERIFY(readerFinished);
    QCOMPARE(expected, rows);
}

void ReadAheadTest::readerStaysBoundedAhead()
{
    using Ahead = ReadAhead<int>;
    const int limit = int(Ahead::kBatchRows * (Ahead::kMaxBatches + 1));
    std::atomic<int> produced{0};
    Ahead ahead;
    ahead.start([&](const auto &push, const auto &) {
        for (int i = 0; i < 10 * limit; ++i) {
            if (!push(int(i)))
                return;
            ++produced;
        }
    });
    std::vector<int> batch;
    qint64 mark = 0;
    int taken = 0;
    while (ahead.take(batch, mark)) {
        taken += int(batch.size());
        // Give the reader time to run as far ahead as it can.
        QTest::qWait(taken == int(batch.size()) ? 50 : 0);
        QVERIFY2(produced.load() - taken <= limit, qPrintable(QString::number(produced.load() - taken)));
    }
    QCOMPARE(taken, 10 * limit);
}

void ReadAheadTest::cancelStopsTheReader()
{
    std::atomic<int> produced{0};
    bool stoppedByPush = false;
    ReadAhead<int> ahead;
    ahead.start([&](const auto &push, const auto &) {
        for (int i = 0; i < 10000000; ++i) {
            if (!push(int(i))) {
                stoppedByPush = true;
                return;
            }
            ++produced;
        }
    });
    std::vector<int> batch;
    qint64 mark = 0;
    QVERIFY(ahead.take(batch, mark));
    QCOMPARE(batch.front(), 0);
    ahead.cancel();
    ahead.finish();
    QVERIFY(stoppedByPush);
    QVERIFY(produced.load() < 100000);
    QVERIFY(!ahead.take(batch, mark)); // nothing more after a cancel
}

void ReadAheadTest::destroyedWhileReadingStopsTheReader()
{
    std::atomic<bool> stopped{false};
    {
        ReadAhead<int> ahead;
        ahead.start([&](const auto &push, const auto &) {
            for (int i = 0;; ++i)
                if (!push(int(i)))
                    break;
            stopped = true;
        });
        std::vector<int> batch;
        qint64 mark = 0;
        QVERIFY(ahead.take(batch, mark));
    }
    QVERIFY(stopped.load());
}

QTEST_GUILESS_MAIN(ReadAheadTest)
#include "tst_readahead.moc"
