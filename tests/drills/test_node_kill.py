"""Drill: SIGKILL one of two chat nodes while messages flow both ways.

Customers and an agent spread over two nodes talk through the handoff; halfway through, the
node holding most of them is killed. Clients fail over to the other node (their URL list, as a
load balancer would), resume with token + after_seq, refill gaps and resend what was not
acknowledged with the same client_id. Counted by seq and client_id: nothing lost, nothing twice.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest
import redis.asyncio as aioredis

from tests.drills.conftest import DRILL_ENV
from tests.drills.failover import FailoverAgent, FailoverCustomer
from tests.support.clients import add_agent
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess
from tests.support.waits import wait_until

pytestmark = pytest.mark.drill

CUSTOMERS = 4
PER_SIDE = 12  # messages per customer and per agent-conversation: 96 in all, both ways
GAP_S = 0.08
FAILOVER_LIMIT_S = 3.0


async def stored_log(redis: aioredis.Redis, conversation_id: str) -> list[dict[str, object]]:
    return [json.loads(raw) for raw in await redis.lrange(f"lc:conv:{conversation_id}:log", 0, -1)]


async def test_kill_a_node_mid_conversation(private_redis: RedisServer) -> None:
    nodes = [ChatServerProcess(private_redis.url, NODE_ID=f"n{i}", **DRILL_ENV) for i in range(2)]
    for node in nodes:
        node.start()
    urls = [node.url for node in nodes]
    redis = aioredis.Redis.from_url(private_redis.url, decode_responses=True)
    customers: list[FailoverCustomer] = []
    agent = FailoverAgent(urls, start=0)
    try:
        await add_agent(private_redis.url, "drill@oca.test", "Drill", "correct horse battery")
        await agent.login("drill@oca.test", "correct horse battery")
        await agent.start()
        # Three customers on node 0 (to be killed), one on node 1.
        for i in range(CUSTOMERS):
            customer = FailoverCustomer(urls, start=0 if i < CUSTOMERS - 1 else 1)
            await customer.start()
            await customer.say(f"customer {i}: I need a person")
            assert (await customer.call("handoff", {}))["ok"]
            customers.append(customer)
        ids = [c.conversation_id for c in customers]
        for conversation_id in ids:
            assert conversation_id is not None
            await agent.accept(conversation_id)

        async def customer_talks(i: int, customer: FailoverCustomer) -> None:
            for n in range(PER_SIDE):
                await customer.say(f"c{i} m{n}")
                await asyncio.sleep(GAP_S)

        async def agent_talks(conversation_id: str) -> None:
            for n in range(PER_SIDE):
                await agent.say(conversation_id, f"a {conversation_id[:6]} m{n}")
                await asyncio.sleep(GAP_S)

        def acked() -> int:
            return sum(len(c.sent) for c in customers) + len(agent.sent)

        before = acked()
        talk = asyncio.gather(
            *(customer_talks(i, c) for i, c in enumerate(customers)),
            *(agent_talks(cid) for cid in ids if cid),
        )
        # Halfway through, however fast the machine is: half of both sides' messages acked.
        await wait_until(lambda: acked() - before >= CUSTOMERS * PER_SIDE, what="half the talk")
        killed_at = time.monotonic()
        nodes[0].stop(kill=True)
        await asyncio.wait_for(talk, 60)

        victims = [*customers[:-1], agent]
        for client in victims:
            name = type(client).__name__
            assert client.recovered_at, f"{name} never failed over: {client.errors}"
        worst = max(client.recovered_at[0] - killed_at for client in victims)
        print(f"\nDRILL node-kill: worst failover {worst:.2f}s over {len(victims)} clients")
        assert worst < FAILOVER_LIMIT_S

        # Every send is acknowledged, so every message is stored: refilling each view from
        # `history` makes it whole, whatever relayed events are still on their way.
        for customer in customers:
            await customer.refill()
        for conversation_id in ids:
            assert conversation_id is not None
            await agent.refill(conversation_id)

        for customer in customers:
            cid = customer.conversation_id
            assert cid is not None
            log = await stored_log(redis, cid)
            assert [m["seq"] for m in log] == list(range(1, len(log) + 1)), "seq gap in storage"
            client_ids = [m["client_id"] for m in log if m["client_id"]]
            assert len(client_ids) == len(set(client_ids)), "a message was stored twice"
            mine = {k for k, m in customer.sent.items() if m["conversation_id"] == cid}
            theirs = {k for k, m in agent.sent.items() if m["conversation_id"] == cid}
            assert len(mine) == PER_SIDE + 1 and len(theirs) == PER_SIDE, "unacked sends"
            # Agents' client_ids are stored namespaced by agent; compare acked message ids.
            acked = {
                m["id"]
                for m in [*customer.sent.values(), *agent.sent.values()]
                if m["conversation_id"] == cid
            }
            missing = acked - {m["id"] for m in log}
            assert not missing, ("acknowledged but not stored", missing, log)
            stored = {m["seq"]: m["id"] for m in log}
            for who, view in (("customer", customer.view), ("agent", agent.view)):
                seen = {seq: m["id"] for seq, m in view.by_seq[cid].items()}
                assert seen == stored, f"the {who} saw something else than what is stored"
                assert not view.conflicts
        total = sum(len(c.sent) for c in customers) + len(agent.sent)
        resent = sum(1 for c in [*customers, agent] for e in c.errors if e[0] == "call")
        print(
            f"DRILL node-kill: {total} messages acked, 0 lost, 0 duplicated; {resent} calls "
            f"resent; failovers {[round(f, 2) for c in victims for f in c.failovers]}"
        )
    finally:
        for client in [*customers, agent]:
            await client.close()
        await redis.aclose()
        for node in nodes:
            node.stop()
