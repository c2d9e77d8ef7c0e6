-- wrk script: htmx autosaves of yes/no answers, as a respondent clicking through the questionnaire.
-- Arguments (after --): cookie, CSRF token, then "submissionId:questionId=CODE,questionId=CODE,...".
-- Each wrk thread takes every other question, so that two threads never change the same answer; the version
-- sent is the one the last save of that question returned, as the page would have it. Responses that show the
-- conflict box are counted and printed at the end (they are still 200s).

local threads = {}
local counter = 1

function setup(thread)
	thread:set("index", counter)
	table.insert(threads, thread)
	counter = counter + 1
end

function init(args)
	cookie = args[1]
	csrf = args[2]
	local sid, list = args[3]:match("^(%d+):(.+)$")
	submission = sid
	questions = {}
	local position = 0
	codes = {}
	for id, code in list:gmatch("(%d+)=([%w%-]+)") do
		if position % 2 == (index - 1) % 2 then
			table.insert(questions, id)
			codes[code] = id
		end
		position = position + 1
	end
	versions = {}
	values = {}
	next_question = 1
	conflicts = 0
	saves = 0
end

function request()
	local id = questions[next_question]
	next_question = next_question % #questions + 1
	values[id] = (values[id] == "YES") and "NO" or "YES"
	local body = "_csrf=" .. csrf .. "&value=" .. values[id]
	if versions[id] then
		body = body .. "&version=" .. versions[id]
	end
	return wrk.format("POST", "/respondent/submissions/" .. submission .. "/answers/" .. id, {
		["Cookie"] = cookie,
		["HX-Request"] = "true",
		["Content-Type"] = "application/x-www-form-urlencoded",
	}, body)
end

function response(status, headers, body)
	-- Responses come back in any order over the connections: the status line names its question.
	local id = codes[body:match('id="status%-([%w%-]+)"') or ""]
	if body:find("conflict", 1, true) then
		conflicts = conflicts + 1
		local current = body:match('name="version" value="(%d+)"')
		if id and current then
			versions[id] = current
		end
		return
	end
	saves = saves + 1
	local version = body:match('id="version%-[%w%-]+"[^>]-value="(%d+)"')
	if id and version then
		versions[id] = version
	end
end

function done(summary, latency, requests)
	local saved, conflicted = 0, 0
	for _, thread in ipairs(threads) do
		saved = saved + (thread:get("saves") or 0)
		conflicted = conflicted + (thread:get("conflicts") or 0)
	end
	io.write(string.format("saved responses: %d, conflict responses: %d\n", saved, conflicted))
	for _, p in ipairs({ 50, 90, 95, 99 }) do
		io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
	end
end
