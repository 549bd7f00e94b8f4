//! The catalogue of installed games: their records in the store, their compiled components, and
//! their self-descriptions per locale, kept in memory for listing. A plugin is visible to
//! everyone, to the members of pilot org units (and their sub-units), or to nobody.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, RwLock};

use redb::ReadableTable;

use super::GamesError;
use super::records::{AvailabilityRecord, PLUGIN_RECORD_VERSION, PluginRecord};
use crate::accounts::orgunits::{self, OrgUnitId, TreeEntry};
use crate::accounts::{Role, User};
use crate::clock::Timestamp;
use crate::i18n::Locale;
use crate::plugins::model::GameInfo;
use crate::plugins::package::{self, TrustPolicy, VerifiedPackage};
use crate::plugins::{LoadedGame, PluginHost, bundled, cache};
use crate::store::{Store, StoreError, codec, tables};

/// Who may play a game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    Off,
    All,
    /// A pilot: members of these units and of their sub-units.
    Groups(Vec<OrgUnitId>),
}

impl Availability {
    fn from_record(record: &AvailabilityRecord) -> Availability {
        match record {
            AvailabilityRecord::Off => Availability::Off,
            AvailabilityRecord::All => Availability::All,
            AvailabilityRecord::Groups(ids) => {
                Availability::Groups(ids.iter().copied().map(OrgUnitId).collect())
            }
        }
    }

    fn to_record(&self) -> AvailabilityRecord {
        match self {
            Availability::Off => AvailabilityRecord::Off,
            Availability::All => AvailabilityRecord::All,
            Availability::Groups(ids) => {
                AvailabilityRecord::Groups(ids.iter().map(|id| id.0).collect())
            }
        }
    }
}

/// An installed game, ready to play.
#[derive(Debug)]
pub struct InstalledGame {
    pub id: String,
    pub version: String,
    pub publisher: String,
    pub bundled: bool,
    pub availability: Availability,
    pub loaded: Arc<LoadedGame>,
    info: HashMap<Locale, GameInfo>,
}

impl InstalledGame {
    /// The game's description in a locale (falling back to German, then anything).
    pub fn info(&self, locale: Locale) -> Option<&GameInfo> {
        self.info
            .get(&locale)
            .or_else(|| self.info.get(&Locale::De))
            .or_else(|| self.info.values().next())
    }
}

/// Whether a user may play a game with this availability.
pub fn may_play(availability: &Availability, user: &User, tree: &[TreeEntry]) -> bool {
    match availability {
        Availability::Off => false,
        Availability::All => true,
        Availability::Groups(groups) => {
            let units = orgunits::with_ancestors(&user.org_units, tree);
            groups.iter().any(|group| units.contains(group))
        }
    }
}

pub struct Catalogue {
    host: Arc<PluginHost>,
    games: RwLock<BTreeMap<String, Arc<InstalledGame>>>,
    /// Components of earlier versions, loaded on demand to replay old sessions.
    by_hash: Mutex<HashMap<String, Arc<LoadedGame>>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").finish_non_exhaustive()
    }
}

fn plugin_error(plugin: &str, error: crate::plugins::PluginError) -> GamesError {
    GamesError::Plugin {
        plugin: plugin.to_owned(),
        error,
    }
}

fn describe(
    host: &PluginHost,
    loaded: &LoadedGame,
    plugin: &str,
) -> Result<HashMap<Locale, GameInfo>, GamesError> {
    let mut info = HashMap::new();
    for locale in Locale::ALL {
        info.insert(
            locale,
            host.meta(loaded, locale.code())
                .map_err(|e| plugin_error(plugin, e))?,
        );
    }
    Ok(info)
}

impl Catalogue {
    /// Registers the bundled games (new ones enabled for everyone; upgraded ones keep their
    /// availability), then loads every installed game. The bundled packages are read with
    /// `bundle_trust` like any uploaded package, so a damaged or wrongly signed bundle stops the
    /// start with a clear error. A game that fails to load is logged and left out; the others
    /// work. Blocking: compiles components on a cache miss.
    pub fn open(
        store: &Store,
        host: Arc<PluginHost>,
        bundled: &[(&str, &[u8])],
        bundle_trust: &TrustPolicy,
        now: Timestamp,
    ) -> Result<Catalogue, GamesError> {
        let catalogue = Catalogue {
            host,
            games: RwLock::new(BTreeMap::new()),
            by_hash: Mutex::new(HashMap::new()),
        };
        for (name, bytes) in bundled {
            let package = package::read(bytes, bundle_trust).map_err(|error| {
                GamesError::Refused(format!("the bundled game {name} is damaged: {error}"))
            })?;
            catalogue.register(store, &package, true, now)?;
        }
        catalogue.reload(store)?;
        Ok(catalogue)
    }

    /// `open` with the games bundled into this binary.
    pub fn open_bundled(
        store: &Store,
        host: Arc<PluginHost>,
        now: Timestamp,
    ) -> Result<Catalogue, GamesError> {
        let trust = bundled::trust().map_err(|error| {
            GamesError::Refused(format!("the key of the bundled games is damaged: {error}"))
        })?;
        Catalogue::open(store, host, bundled::BUNDLED_GAMES, &trust, now)
    }

    /// Checks that the package's component describes what its manifest declares, then stores
    /// its record, component and assets. A game already installed keeps who may play it; a new
    /// bundled game is for everyone, a new uploaded one for nobody until an admin decides.
    fn register(
        &self,
        store: &Store,
        package: &VerifiedPackage,
        bundled: bool,
        now: Timestamp,
    ) -> Result<(), GamesError> {
        let manifest = &package.manifest;
        let refuse = |message: String| GamesError::Refused(message);
        let loaded = self
            .host
            .load(&package.component)
            .map_err(|e| plugin_error(&manifest.id, e))?;
        let info = self
            .host
            .meta(&loaded, "de")
            .map_err(|e| plugin_error(&manifest.id, e))?;
        if info.id != manifest.id || info.version != manifest.version {
            return Err(refuse(format!(
                "the manifest says {} {}, but the component says {} {}",
                manifest.id, manifest.version, info.id, info.version
            )));
        }
        let described: Vec<(String, Vec<String>)> = info
            .episodes
            .iter()
            .map(|e| (e.id.clone(), e.competences.clone()))
            .collect();
        let declared: Vec<(String, Vec<String>)> = manifest
            .episodes
            .iter()
            .map(|e| (e.id.clone(), e.competences.clone()))
            .collect();
        if described != declared {
            return Err(refuse(
                "the manifest's episodes or competences differ from what the component describes"
                    .into(),
            ));
        }
        let record = PluginRecord {
            id: manifest.id.clone(),
            version: manifest.version.clone(),
            api: loaded.api_version.clone(),
            publisher: manifest.publisher.clone(),
            component_hash: loaded.component_hash.clone(),
            bundled,
            availability: if bundled {
                AvailabilityRecord::All
            } else {
                AvailabilityRecord::Off
            },
            installed_at: now.0,
        };
        let component = package.component.clone();
        let assets = package.assets.clone();
        store.write_blocking(move |txn| {
            let mut plugins = txn.open_table(tables::PLUGINS)?;
            let mut record = record.clone();
            if let Some(found) = plugins.get(record.id.as_str())? {
                let existing: PluginRecord = codec::decode(PLUGIN_RECORD_VERSION, found.value())?;
                if existing.component_hash == record.component_hash {
                    // The same version again (every start, for bundled games): keep its record.
                    record = existing;
                } else {
                    record.availability = existing.availability;
                }
            }
            plugins.insert(
                record.id.as_str(),
                codec::encode(PLUGIN_RECORD_VERSION, &record).as_slice(),
            )?;
            let mut components = txn.open_table(tables::PLUGIN_COMPONENTS)?;
            if components.get(record.component_hash.as_str())?.is_none() {
                components.insert(record.component_hash.as_str(), component.as_slice())?;
            }
            let mut stored_assets = txn.open_table(tables::PLUGIN_ASSETS)?;
            for (path, bytes) in &assets {
                stored_assets.insert(
                    (record.component_hash.as_str(), path.as_str()),
                    bytes.as_slice(),
                )?;
            }
            Ok::<_, StoreError>(())
        })?;
        Ok(())
    }

    /// Loads every installed game from the store again. Blocking.
    pub fn reload(&self, store: &Store) -> Result<(), GamesError> {
        let records: Vec<PluginRecord> = {
            let txn = store.read()?;
            let table = txn.open_table(tables::PLUGINS)?;
            let mut records = Vec::new();
            for entry in table.iter()? {
                let (_, bytes) = entry?;
                records.push(codec::decode(PLUGIN_RECORD_VERSION, bytes.value())?);
            }
            records
        };
        let mut games = BTreeMap::new();
        for record in records {
            match self.load_record(store, &record) {
                Ok(game) => {
                    games.insert(record.id.clone(), Arc::new(game));
                }
                Err(error) => {
                    tracing::error!(plugin = %record.id, %error, "cannot load an installed game; it is left out")
                }
            }
        }
        if let Ok(mut current) = self.games.write() {
            *current = games;
        }
        Ok(())
    }

    fn load_record(
        &self,
        store: &Store,
        record: &PluginRecord,
    ) -> Result<InstalledGame, GamesError> {
        let loaded = self.loaded_by_hash(store, &record.component_hash)?;
        let info = describe(&self.host, &loaded, &record.id)?;
        Ok(InstalledGame {
            id: record.id.clone(),
            version: record.version.clone(),
            publisher: record.publisher.clone(),
            bundled: record.bundled,
            availability: Availability::from_record(&record.availability),
            loaded,
            info,
        })
    }

    /// The compiled component with this hash, from memory or the store. Blocking on a miss.
    pub fn loaded_by_hash(&self, store: &Store, hash: &str) -> Result<Arc<LoadedGame>, GamesError> {
        if let Ok(cache) = self.by_hash.lock()
            && let Some(found) = cache.get(hash)
        {
            return Ok(found.clone());
        }
        let bytes = {
            let txn = store.read()?;
            let table = txn.open_table(tables::PLUGIN_COMPONENTS)?;
            let found = table.get(hash)?.map(|guard| guard.value().to_vec());
            found.ok_or(GamesError::NotFound)?
        };
        if cache::component_hash(&bytes) != hash {
            return Err(GamesError::Store(StoreError::Corrupt {
                what: format!("plugin component {hash}"),
            }));
        }
        let loaded = Arc::new(self.host.load(&bytes).map_err(|e| plugin_error(hash, e))?);
        if let Ok(mut cache) = self.by_hash.lock() {
            cache.insert(hash.to_owned(), loaded.clone());
        }
        Ok(loaded)
    }

    pub fn host(&self) -> &Arc<PluginHost> {
        &self.host
    }

    pub fn get(&self, id: &str) -> Option<Arc<InstalledGame>> {
        self.games.read().ok()?.get(id).cloned()
    }

    /// Every installed game, for admins.
    pub fn all(&self) -> Vec<Arc<InstalledGame>> {
        self.games
            .read()
            .map(|games| games.values().cloned().collect())
            .unwrap_or_default()
    }

    /// The games a user may play. Admins see games that are off too, to try them.
    pub fn playable_by(&self, user: &User, tree: &[TreeEntry]) -> Vec<Arc<InstalledGame>> {
        self.all()
            .into_iter()
            .filter(|game| may_play(&game.availability, user, tree) || user.has_role(Role::Admin))
            .collect()
    }

    /// Installs or upgrades a verified package. The component must describe itself as the
    /// manifest says (id, version, episodes and their competences). A new game starts disabled,
    /// so an admin decides who pilots it; an upgrade keeps who may play. Blocking.
    pub fn install(
        &self,
        store: &Store,
        package: VerifiedPackage,
        now: Timestamp,
    ) -> Result<String, GamesError> {
        let manifest = &package.manifest;
        if self.get(&manifest.id).is_some_and(|g| g.bundled) {
            return Err(GamesError::Refused(format!(
                "{} is a bundled game; it is updated with digifit itself",
                manifest.id
            )));
        }
        self.register(store, &package, false, now)?;
        self.reload(store)?;
        tracing::info!(plugin = %manifest.id, version = %manifest.version, signer = ?package.signer, "installed a game plugin");
        Ok(manifest.id.clone())
    }

    /// Removes an installed game. Its recorded sessions stay, and so does its component, so they
    /// can still be shown and replayed. Bundled games can only be disabled. Blocking.
    pub fn remove(&self, store: &Store, id: &str) -> Result<(), GamesError> {
        match self.get(id) {
            None => return Err(GamesError::NotFound),
            Some(game) if game.bundled => {
                return Err(GamesError::Refused(format!(
                    "{id} is a bundled game; disable it instead of removing it"
                )));
            }
            Some(_) => {}
        }
        let key = id.to_owned();
        store.write_blocking(move |txn| {
            txn.open_table(tables::PLUGINS)?.remove(key.as_str())?;
            Ok::<_, StoreError>(())
        })?;
        self.reload(store)?;
        tracing::info!(plugin = %id, "removed a game plugin; its recorded sessions stay");
        Ok(())
    }

    /// An asset of a game's current version, with its path checked by the package reader.
    pub fn asset(
        &self,
        store: &Store,
        id: &str,
        path: &str,
    ) -> Result<Option<Vec<u8>>, GamesError> {
        let Some(game) = self.get(id) else {
            return Ok(None);
        };
        let txn = store.read()?;
        let table = txn.open_table(tables::PLUGIN_ASSETS)?;
        let found = table
            .get((game.loaded.component_hash.as_str(), path))?
            .map(|guard| guard.value().to_vec());
        Ok(found)
    }

    /// Changes who may play a game, in the store and in memory.
    pub async fn set_availability(
        &self,
        store: &Store,
        id: &str,
        availability: Availability,
    ) -> Result<(), GamesError> {
        let key = id.to_owned();
        let record = availability.to_record();
        store
            .write(move |txn| {
                let mut plugins = txn.open_table(tables::PLUGINS)?;
                let mut current: PluginRecord = match plugins.get(key.as_str())? {
                    Some(found) => codec::decode(PLUGIN_RECORD_VERSION, found.value())?,
                    None => return Err(GamesError::NotFound),
                };
                current.availability = record.clone();
                plugins.insert(
                    key.as_str(),
                    codec::encode(PLUGIN_RECORD_VERSION, &current).as_slice(),
                )?;
                Ok(())
            })
            .await?;
        if let Ok(mut games) = self.games.write()
            && let Some(game) = games.get(id)
        {
            let updated = InstalledGame {
                id: game.id.clone(),
                version: game.version.clone(),
                publisher: game.publisher.clone(),
                bundled: game.bundled,
                availability: availability.clone(),
                loaded: game.loaded.clone(),
                info: game.info.clone(),
            };
            games.insert(id.to_owned(), Arc::new(updated));
        }
        Ok(())
    }
}
