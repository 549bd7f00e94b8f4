//! The measurement behind the pages: every answered item of a played episode updates the
//! player's ability in its competence in the same transaction as the turn, nobody else's; and
//! only a player's first answer to an item moves its difficulty; and the beliefs rebuilt from
//! the recorded evidence (as after a model upgrade) equal the ones kept up to date turn by turn.

use digifit::competence::beliefs;
use digifit::store::tables;

use crate::games::{play_to_the_end, start_hello_quiz};
use crate::testkit::{TestServer, user};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_update_the_players_abilities_and_a_rebuild_gives_the_same() {
    let server = TestServer::start().await;
    let store = server.store().clone();
    let demo = user(&store, "demo").id;
    let lead = user(&store, "lead").id;
    assert!(beliefs::abilities(&store, demo).unwrap().is_empty());

    let browser = server.browser_as("demo", "demo").await;
    for _ in 0..2 {
        let session = start_hello_quiz(&browser).await;
        play_to_the_end(&browser, &session).await;
    }
    let measured = beliefs::abilities(&store, demo).unwrap();
    // hello-quiz asks one item for each of its competences per play.
    assert_eq!(
        measured.keys().map(String::as_str).collect::<Vec<_>>(),
        ["4.1", "4.2"]
    );
    for (competence, belief) in &measured {
        assert_eq!(belief.count, 2, "{competence}");
        assert!(belief.variance < 2.25, "{competence}: {belief:?}");
    }
    assert!(beliefs::abilities(&store, lead).unwrap().is_empty());
    // The second play met the same items again: only the first answer moved their difficulty.
    let items = beliefs::items(&store, "hello-quiz").unwrap();
    assert_eq!(items.len(), 2, "{items:?}");
    for (id, item) in &items {
        assert_eq!(item.difficulty.count, 1, "{id}");
        assert_eq!(item.level, 2, "{id}");
    }
    let typical = beliefs::typical_difficulties(&store, "hello-quiz").unwrap();
    assert!(
        typical[1].count > 0,
        "level 2 items were calibrated: {typical:?}"
    );

    // Forget the model version, as an upgrade of the model would: the next start rebuilds.
    store
        .write_blocking(|txn| {
            txn.open_table(tables::META)?
                .remove(tables::META_MODEL_VERSION)?;
            Ok::<_, digifit::store::StoreError>(())
        })
        .unwrap();
    assert!(beliefs::ensure_current(&store).unwrap());
    assert!(!beliefs::ensure_current(&store).unwrap(), "only once");
    assert_eq!(beliefs::abilities(&store, demo).unwrap(), measured);
    assert_eq!(
        beliefs::typical_difficulties(&store, "hello-quiz").unwrap(),
        typical
    );
    server.shutdown().await;
}
