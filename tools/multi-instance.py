#!/usr/bin/env python3
"""Two service instances on one PostgreSQL database behave as one service (issue 16, run by tools/multi-instance.sh).

1. The load tool in its short mode through a round-robin balancer over both instances: 0 errors, 0 lost writes.
2. 50 parallel PUTs of one forecast with the same If-Match, split over both instances: exactly one 200, the rest 412.
3. kill -9 of the instance running an uncertainty analysis: the other takes it over once the lease ran out and finishes
   it; its P5/P50/P95 equal those of the same analysis run uninterrupted.
Needs ORF_POSTGRES (an Npgsql connection string to a server this script may create a database on) and the Release build.
"""
import asyncio, concurrent.futures, itertools, json, os, signal, socket, subprocess, sys, threading, time, urllib.error, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API_DLL = os.environ.get("API_DLL", f"{ROOT}/src/Onderwijsroute.Funding.Api/bin/Release/net10.0/Onderwijsroute.Funding.Api.dll")
LOAD_DLL = f"{ROOT}/tools/Onderwijsroute.Funding.LoadTest/bin/Release/net10.0/Onderwijsroute.Funding.LoadTest.dll"
FORECAST = {"naam": "race", "vanJaar": 2024, "totEnMetJaar": 2026,
            "trajecten": [{"startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000}]}


def fail(message):
    print(f"multi-instance: FOUT: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parts(connection_string):
    return {k.strip().lower(): v for k, v in (p.split("=", 1) for p in connection_string.split(";") if "=" in p)}


def request(method, url, key=None, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    if key:
        req.add_header("X-Api-Key", key)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Instance:
    def __init__(self, name, env, log_folder):
        self.name, self.port = name, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(log_folder, f"{name}.log"), "wb")
        self.process = subprocess.Popen(["dotnet", API_DLL, "--urls", self.url], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(240):
            try:
                if request("GET", self.url + "/v1/health/ready")[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                fail(f"instance {name} stopped during start-up (see {self.log.name})")
            time.sleep(0.5)
        fail(f"instance {name} did not become ready")

    def stop(self, kill=False):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(30)


def balancer(backends):
    """A round-robin TCP balancer (what a load balancer in front of the instances does): each new connection goes to the next instance."""
    port, ready, turn = free_port(), threading.Event(), itertools.cycle(backends)

    async def pipe(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def handle(client_reader, client_writer):
        backend = next(turn)
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", backend)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, writer), pipe(reader, client_writer))

    async def serve():
        server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
        ready.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    ready.wait(10)
    return port


def make_key(env, role, scope=None):
    command = ["dotnet", API_DLL, "sleutels", "maak", "--naam", f"multi-instance {role}", "--rol", role] + (["--scope", scope] if scope else [])
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout.strip()


def wait_for(url, key, wanted, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        status, _, body = request("GET", url, key)
        if status == 200:
            state = json.loads(body)
            if wanted(state):
                return state
        time.sleep(0.25)
    fail(f"{url} did not reach the wanted state within {seconds} s")


def bands(document):
    found = []
    def walk(node):
        if isinstance(node, dict):
            if {"p5", "p50", "p95"} <= node.keys():
                found.append((node.get("naam"), node["p5"], node["p50"], node["p95"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(document)
    return found


def analysis(base, key, draws):
    status, headers, body = request("POST", base + "/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", key, {"trekkingen": draws, "seed": 42})
    if status != 202:
        fail(f"analysis not accepted: {status} {body[:300]!r}")
    return json.loads(body)["id"]


def main():
    server = os.environ.get("ORF_POSTGRES") or fail("ORF_POSTGRES is not set")
    p = parts(server)
    database = "orf_multi_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", f"host={p['host']} port={p.get('port', '5432')} user={p.get('username', 'postgres')} dbname={p.get('database', 'postgres')}",
                    "-q", "-c", f"CREATE DATABASE {database};"], check=True)
    connection = f"Host={p['host']};Port={p.get('port', '5432')};Username={p.get('username', 'postgres')};Database={database}" + (f";Password={p['password']}" if "password" in p else "")
    folder = os.environ.get("WORK") or "/tmp"
    env = {**os.environ, "Database__Engine": "postgresql", "ConnectionStrings__Onderwijsroute": connection,
           "Limits__AnonymousPerMinute": "100000000", "Limits__KeyPerMinute": "100000000", "Limits__ConcurrentHeavyCalculations": "4",
           "UncertaintyAnalysis__LeaseSeconds": "3", "UncertaintyAnalysis__ClaimIntervalSeconds": "1", "Logging__LogLevel__Default": "Warning"}
    beheer = make_key(env, "beheer")
    a, b = Instance("a", env, folder), Instance("b", env, folder)
    try:
        # 1. Load over both instances.
        port = balancer([a.port, b.port])
        load = subprocess.run(["dotnet", LOAD_DLL, "load", "--url", f"http://127.0.0.1:{port}", "--clients", "16", "--seconds", os.environ.get("LOAD_SECONDS", "20"), "--kort"],
                              env={**os.environ, "ORF_BEHEER_SLEUTEL": beheer})
        if load.returncode != 0:
            fail("the load tool over both instances reported errors or lost writes")

        # 2. One If-Match, 50 writers, two instances: one winner.
        gemeente = make_key(env, "gemeente", "GM0014")
        status, headers, body = request("POST", a.url + "/v1/gemeenten/GM0014/prognoses", gemeente, FORECAST)
        if status != 201:
            fail(f"forecast not created: {status} {body[:300]!r}")
        location, etag = headers["Location"], headers["ETag"]
        def put(i):
            base = (a, b)[i % 2].url
            return request("PUT", base + location, gemeente, {**FORECAST, "naam": f"schrijver {i}"}, {"If-Match": etag})[0]
        with concurrent.futures.ThreadPoolExecutor(50) as pool:
            outcomes = list(pool.map(put, range(50)))
        if outcomes.count(200) != 1 or outcomes.count(412) != 49:
            fail(f"50 PUTs with one If-Match over two instances: {sorted(outcomes)}")
        print("multi-instance: 50 PUTs with one If-Match over two instances: 1 × 200, 49 × 412")

        # 3. kill -9 of the instance running an analysis; the other finishes it with the same bands.
        ministerie = make_key(env, "ministerie")
        draws = int(os.environ.get("ANALYSIS_DRAWS", "20000"))
        interrupted = analysis(a.url, ministerie, draws)
        wait_for(f"{a.url}/v1/onzekerheidsanalyses/{interrupted}", ministerie, lambda s: s["status"] == "bezig" and s["voortgang"]["trekkingenGedaan"] > 0, 120)
        a.stop(kill=True)
        print(f"multi-instance: instance a killed (-9) while analysis {interrupted} was running")
        wait_for(f"{b.url}/v1/onzekerheidsanalyses/{interrupted}", ministerie, lambda s: s["status"] == "gereed", 300)
        taken_over = bands(json.loads(request("GET", f"{b.url}/v1/onzekerheidsanalyses/{interrupted}/resultaat", ministerie)[2]))
        uninterrupted = analysis(b.url, ministerie, draws)
        wait_for(f"{b.url}/v1/onzekerheidsanalyses/{uninterrupted}", ministerie, lambda s: s["status"] == "gereed", 300)
        reference = bands(json.loads(request("GET", f"{b.url}/v1/onzekerheidsanalyses/{uninterrupted}/resultaat", ministerie)[2]))
        if not reference or taken_over != reference:
            fail(f"the taken-over analysis differs from an uninterrupted run ({len(taken_over)} vs {len(reference)} bands)")
        print(f"multi-instance: the analysis taken over by b has the same P5/P50/P95 as an uninterrupted run ({len(reference)} bands)")
    finally:
        a.stop()
        b.stop()


if __name__ == "__main__":
    main()
