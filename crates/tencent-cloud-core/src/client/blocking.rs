//! Blocking use: `.send_blocking()` on every call and `blocking_iter()` on every pager,
//! run on a runtime the client owns.
//!
//! The runtime is started by the first blocking call: one current-thread tokio runtime
//! driven by a thread of its own (`tencentcloud-blocking`), which owns the connections
//! the blocking calls open. Calls from any number of threads are spawned on it and each
//! caller waits for its own answer. The thread ends when the last clone of the client is
//! dropped. Calling a blocking method from inside an async runtime is refused with
//! [`Error::InvalidInput`]: it would block that runtime's thread; `.await` instead.

use std::future::Future;
use std::sync::OnceLock;

use super::Client;
use crate::error::Error;

/// The runtime of a client's blocking calls; started on first use.
#[derive(Default)]
pub(super) struct Runtime(OnceLock<Result<Driver, String>>);

/// A running runtime: its handle, and the sender whose drop stops its thread.
struct Driver {
    handle: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Runtime {
    fn handle(&self) -> Result<&tokio::runtime::Handle, Error> {
        let driver = self.0.get_or_init(|| {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("cannot start the blocking runtime: {e}"))?;
            let handle = rt.handle().clone();
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            std::thread::Builder::new()
                .name("tencentcloud-blocking".into())
                .spawn(move || {
                    rt.block_on(async {
                        let _ = stopped.await;
                    })
                })
                .map_err(|e| format!("cannot start the blocking runtime's thread: {e}"))?;
            Ok(Driver {
                handle,
                _stop: stop,
            })
        });
        match driver {
            Ok(d) => Ok(&d.handle),
            Err(e) => Err(Error::InvalidInput(e.clone())),
        }
    }
}

impl Client {
    /// Runs `future` on the client's blocking runtime and waits for its output.
    pub(crate) fn block_on<F>(&self, future: F) -> Result<F::Output, Error>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::InvalidInput(
                "a blocking call was made inside an async runtime, whose thread it would \
                 block; `.await` the call instead"
                    .into(),
            ));
        }
        let handle = self.inner.blocking.handle()?;
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        handle.spawn(async move {
            let _ = tx.send(future.await);
        });
        rx.recv()
            .map_err(|_| Error::InvalidInput("the blocking runtime stopped".into()))
    }
}
